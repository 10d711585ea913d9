import type { Message } from './dictionary';

/** German, the product's first language and the reference every translation is checked against. */
export const de = {
  'app.name': 'Platzbuch',
  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',
  'common.delete': 'Löschen',
  'common.save': 'Speichern',
  'common.saving': 'Wird gespeichert …',
  'common.loading': 'Wird geladen …',
  'common.yes': 'ja',
  'common.no': 'nein',
  'common.required': 'Pflichtfeld',

  'shell.skipToContent': 'Zum Inhalt springen',
  'shell.menu': 'Menü',
  'shell.mainNavigation': 'Hauptnavigation',
  'shell.signedInAs': 'Angemeldet als {name}',
  'shell.signOut': 'Abmelden',
  'shell.switchLanguage': 'Sprache wechseln',
  'shell.accessibility': 'Barrierefreiheit',
  'shell.breadcrumbs': 'Sie sind hier',

  'nav.home': 'Start',
  'nav.floors': 'Etagenpläne',
  'nav.locations': 'Standorte verwalten',

  'role.Admin': 'Administration',
  'role.FacilityManager': 'Facility-Management',
  'role.HR': 'Personalverwaltung',

  'problem.network':
    'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'problem.unexpected':
    'Der Server hat unerwartet geantwortet (Status {status}). Bitte versuchen Sie es später erneut.',
  'problem.retry': 'Erneut versuchen',
  'problem.fields': 'Bitte prüfen Sie diese Angaben:',

  'signIn.title': 'Anmelden',
  'signIn.intro': 'Melden Sie sich an, um Etagenpläne und Arbeitsplätze zu sehen.',
  'signIn.entra': 'Mit dem Dienstkonto anmelden',
  'signIn.entraHint':
    'Sie werden zur Anmeldung bei Microsoft weitergeleitet und danach hierher zurückgebracht.',
  'signIn.devTitle': 'Demo-Anmeldung',
  'signIn.devIntro':
    'Dies ist eine Demo-Installation ohne echte Anmeldung. Wählen Sie, als wer Sie das System ausprobieren möchten.',
  'signIn.devNone':
    'Im Verzeichnis gibt es noch niemanden. Starten Sie den Server mit SEED_DEMO=true, um Demo-Daten anzulegen.',
  'signIn.personas': 'Demo-Personen',
  'signIn.employee': 'Beschäftigte Person',
  'signIn.noDepartment': 'ohne Fachbereich',
  'signIn.working': 'Anmeldung läuft …',
  'signIn.startFailed': 'Die Anwendung konnte nicht starten.',

  'home.title': 'Start',
  'home.greeting': 'Guten Tag, {name}',
  'home.department': 'Fachbereich: {department}',
  'home.floorsText':
    'Sehen Sie, wo welche Arbeitsplätze stehen und wie sie ausgestattet sind: auf dem Plan oder als Liste.',
  'home.locationsText':
    'Gebäude, Etagen, Grundrisse und Arbeitsplätze anlegen und pflegen, auch per CSV-Import.',

  'floors.title': 'Etagenpläne',
  'floors.intro': 'Wählen Sie eine Etage, um ihren Plan und ihre Arbeitsplätze zu sehen.',
  'floors.noBuildings': 'Es sind noch keine Gebäude angelegt.',
  'floors.noFloors': 'Dieses Gebäude hat noch keine Etagen.',
  'floors.hasPlan': 'mit Grundriss',
  'floors.noPlan': 'ohne Grundriss',

  'level.ground': 'Erdgeschoss',
  'level.above': '{level}. Obergeschoss',
  'level.below': '{level}. Untergeschoss',

  'floor.title': '{building}, {floor}',
  'floor.views': 'Darstellung',
  'floor.viewPlan': 'Plan',
  'floor.viewList': 'Liste',
  'floor.noPlan': 'Für diese Etage ist noch kein Grundriss hinterlegt; die Plätze stehen auf einem Raster.',
  'floor.noDesks': 'Auf dieser Etage gibt es noch keine Arbeitsplätze.',
  'floor.selectHint': 'Wählen Sie einen Platz im Plan, um seine Ausstattung zu sehen.',
  'floor.deskCount': { one: '{count} Arbeitsplatz', other: '{count} Arbeitsplätze' },

  'plan.region': 'Grundriss {floor}',
  'plan.image': 'Grundriss {floor}',
  'plan.help':
    'Vergrößern und verkleinern mit Plus und Minus, verschieben mit den Pfeiltasten oder durch Ziehen.',
  'plan.crowded': 'Die Plätze stehen hier dicht; vergrößern Sie, um ihre Nummern zu lesen.',
  'plan.controls': 'Ansicht des Plans',
  'plan.zoomIn': 'Vergrößern',
  'plan.zoomOut': 'Verkleinern',
  'plan.zoomReset': 'Ganzen Plan zeigen',
  'plan.zoomLevel': 'Zoom {percent}',
  'plan.panUp': 'Nach oben',
  'plan.panDown': 'Nach unten',
  'plan.panLeft': 'Nach links',
  'plan.panRight': 'Nach rechts',
  'plan.imageFailed': 'Der Grundriss konnte nicht geladen werden; die Plätze werden ohne ihn gezeigt.',

  'desk.name': 'Platz {code}',
  'desk.zone': 'Bereich {zone}',
  'desk.docking.none': 'ohne Docking-Station',
  'desk.docking.usb-c': 'Docking USB-C',
  'desk.docking.thunderbolt': 'Docking Thunderbolt',
  'desk.monitors': { one: '{count} Monitor', other: '{count} Monitore' },
  'desk.noMonitor': 'kein Monitor',
  'desk.heightAdjustable': 'höhenverstellbar',
  'desk.accessible': 'barrierefrei',
  'desk.blocked': 'gesperrt',
  'desk.assigned': 'fest zugewiesen',

  'status.active': 'nutzbar',
  'status.blocked': 'gesperrt',

  'desks.caption': 'Arbeitsplätze: {floor}',
  'desks.code': 'Platz',
  'desks.zone': 'Bereich',
  'desks.docking': 'Docking-Station',
  'desks.monitors': 'Monitore',
  'desks.heightAdjustable': 'Höhenverstellbar',
  'desks.accessible': 'Barrierefrei',
  'desks.status': 'Status',
  'desks.actions': 'Aktion',
  'desks.edit': 'Bearbeiten',
  'desks.editNamed': 'Platz {code} bearbeiten',
  'desks.noZone': 'kein Bereich',

  'a11y.title': 'Erklärung zur Barrierefreiheit',
  'a11y.intro':
    '{organisation} ist bemüht, diese Webanwendung im Einklang mit § 10b des Behindertengleichstellungsgesetzes Nordrhein-Westfalen (BGG NRW) und der Barrierefreie-Informationstechnik-Verordnung NRW (BITVNRW) barrierefrei zugänglich zu machen. Diese Erklärung gilt für die Webanwendung Platzbuch.',
  'a11y.statusTitle': 'Stand der Vereinbarkeit mit den Anforderungen',
  'a11y.status':
    'Die Anwendung ist mit den Anforderungen der WCAG 2.1 auf Stufe AA teilweise vereinbar. Sie wird bei jeder Änderung automatisch mit axe-core geprüft; eine vollständige Prüfung durch eine unabhängige Prüfstelle steht noch aus.',
  'a11y.conformsTitle': 'Was bereits barrierefrei ist',
  'a11y.conforms1': 'Alle Funktionen sind mit der Tastatur bedienbar; der Fokus ist stets sichtbar.',
  'a11y.conforms2': 'Jeder Etagenplan hat eine gleichwertige Listenansicht als Tabelle.',
  'a11y.conforms3':
    'Zustände werden nie allein durch Farbe vermittelt; Kontraste erreichen mindestens 4,5 : 1.',
  'a11y.conforms4':
    'Die Oberfläche ist auf Deutsch und Englisch verfügbar und bis 320 Pixel Breite sowie bei 200 % Vergrößerung nutzbar.',
  'a11y.gapsTitle': 'Was noch nicht barrierefrei ist',
  'a11y.gaps1':
    'Hochgeladene Grundrisse sind Bilder; ihr Inhalt (Wände, Räume) wird nur über die Liste der Plätze zugänglich.',
  'a11y.gaps2':
    'Das Verschieben von Plätzen im Plan-Editor per Maus hat eine Tastaturalternative, aber noch keine Sprachausgabe der Nachbarplätze.',
  'a11y.preparedTitle': 'Erstellung dieser Erklärung',
  'a11y.prepared':
    'Diese Erklärung beruht auf einer Selbstbewertung und automatisierten Prüfungen. Sie wird bei jeder Veröffentlichung überprüft.',
  'a11y.feedbackTitle': 'Feedback und Kontakt',
  'a11y.feedback':
    'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen? Dann schreiben Sie bitte an die für diese Anwendung zuständige Stelle von {organisation}. Die Kontaktadresse trägt die Verwaltung bei der Einführung hier ein.',
  'a11y.enforcementTitle': 'Durchsetzungsverfahren',
  'a11y.enforcement':
    'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden.',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.text': 'Diese Adresse gibt es nicht, oder das Gesuchte wurde entfernt.',
  'notFound.home': 'Zur Startseite',
  'forbidden.title': 'Keine Berechtigung',
  'forbidden.text':
    'Diese Seite ist dem Facility-Management und der Administration vorbehalten. Wenn Sie Zugang brauchen, wenden Sie sich bitte an Ihre IT.',

  'editor.title': 'Standorte verwalten',
  'editor.intro':
    'Legen Sie Gebäude und Etagen an, laden Sie Grundrisse hoch und setzen Sie die Arbeitsplätze darauf.',
  'editor.buildings': 'Gebäude',
  'editor.noBuildings': 'Noch keine Gebäude. Legen Sie das erste an.',
  'editor.newBuilding': 'Neues Gebäude',

  'building.name': 'Name',
  'building.address': 'Anschrift',
  'building.timezone': 'Zeitzone',
  'building.timezoneDefault': 'Zeitzone der Organisation',
  'building.create': 'Gebäude anlegen',
  'building.created': 'Gebäude „{name}“ angelegt.',
  'building.details': 'Angaben zum Gebäude',
  'building.saved': 'Gebäude „{name}“ gespeichert.',
  'building.delete': 'Gebäude löschen',
  'building.deleteConfirm':
    'Gebäude „{name}“ mit allen Etagen, Plätzen und Räumen löschen? Das lässt sich nicht rückgängig machen.',
  'building.deleted': 'Gebäude „{name}“ gelöscht.',
  'building.floors': 'Etagen',
  'building.noFloors': 'Noch keine Etagen. Legen Sie die erste an.',

  'floorForm.new': 'Neue Etage',
  'floorForm.name': 'Name',
  'floorForm.level': 'Geschoss',
  'floorForm.levelHint': '0 ist das Erdgeschoss, negative Zahlen sind Untergeschosse.',
  'floorForm.create': 'Etage anlegen',
  'floorForm.created': 'Etage „{name}“ angelegt.',
  'floorForm.edit': 'Etage umbenennen',
  'floorForm.saved': 'Etage „{name}“ gespeichert.',
  'floorForm.delete': 'Etage löschen',
  'floorForm.deleteConfirm':
    'Etage „{name}“ mit allen Plätzen und Räumen löschen? Das lässt sich nicht rückgängig machen.',
  'floorForm.deleted': 'Etage „{name}“ gelöscht.',
  'floorForm.openEditor': 'Plan von {name} bearbeiten',

  'import.title': 'Arbeitsplätze aus CSV importieren',
  'import.intro':
    'Eine Zeile je Platz mit den Spalten Etage, Platz, X, Y, Bereich, Docking, Monitore, Höhenverstellbar, Barrierefrei, Status und Zugewiesen (E-Mail); Pflicht sind Etage und Platz. Dateien aus Excel oder LibreOffice funktionieren direkt, und der Export unten liefert eine Vorlage. Die Datei wird zuerst nur geprüft, geschrieben wird erst nach Ihrer Bestätigung.',
  'import.file': 'CSV-Datei',
  'import.checking': 'Die Datei wird geprüft …',
  'import.errors': {
    one: 'Die Datei enthält {count} Fehler. Es wurde nichts importiert; bitte korrigieren Sie die Datei und wählen Sie sie erneut.',
    other:
      'Die Datei enthält {count} Fehler. Es wurde nichts importiert; bitte korrigieren Sie die Datei und wählen Sie sie erneut.',
  },
  'import.errorsCaption': 'Fehler in {file}',
  'import.line': 'Zeile',
  'import.column': 'Spalte',
  'import.message': 'Meldung',
  'import.checked': 'Die Datei {file} ist in Ordnung. Der Import würde Folgendes ändern:',
  'import.rows': 'Zeilen',
  'import.created': 'neue Plätze',
  'import.updated': 'geänderte Plätze',
  'import.unchanged': 'unveränderte Plätze',
  'import.zonesCreated': 'neue Bereiche',
  'import.run': 'Jetzt importieren',
  'import.running': 'Wird importiert …',
  'import.done': 'Import von {file} abgeschlossen:',
  'import.tooLarge': 'Die Datei ist größer als 5 MB.',
  'import.export': 'Plätze als CSV exportieren',

  'editorFloor.title': '{floor}: Plan bearbeiten',
  'editorFloor.planSection': 'Grundriss',
  'editorFloor.upload': 'Grundriss hochladen',
  'editorFloor.replace': 'Grundriss ersetzen',
  'editorFloor.uploadHint': 'SVG, PNG oder JPEG, höchstens 10 MB.',
  'editorFloor.uploading': 'Der Grundriss wird hochgeladen …',
  'editorFloor.uploaded': 'Grundriss hochgeladen.',
  'editorFloor.planOf': 'Aktueller Grundriss: {type}, {width} × {height}, vom {date}.',
  'editorFloor.wrongType': 'Bitte wählen Sie eine SVG-, PNG- oder JPEG-Datei.',
  'editorFloor.tooLarge': 'Die Datei ist größer als 10 MB.',
  'editorFloor.addDesk': 'Neuen Platz setzen',
  'editorFloor.placing':
    'Klicken Sie im Plan auf die Stelle des neuen Platzes, oder setzen Sie ihn in die Mitte und verschieben Sie ihn mit den Pfeiltasten. Escape bricht ab.',
  'editorFloor.placeCentre': 'In die Mitte setzen',
  'editorFloor.moveHelp':
    'Ausgewählten Platz ziehen oder mit den Pfeiltasten verschieben: 0,5 % je Tastendruck, mit Umschalttaste 5 %.',
  'editorFloor.position': 'Platz {code}: {x} von links, {y} von oben.',
  'editorFloor.deskCreated': 'Platz {code} angelegt und ausgewählt.',

  'panel.title': 'Platz {code}',
  'panel.empty': 'Wählen Sie einen Platz im Plan oder in der Liste, um ihn zu bearbeiten.',
  'panel.code': 'Platzbezeichnung',
  'panel.zone': 'Bereich',
  'panel.docking': 'Docking-Station',
  'panel.monitors': 'Monitore',
  'panel.heightAdjustable': 'Höhenverstellbarer Tisch',
  'panel.accessible': 'Barrierefrei',
  'panel.equipment': 'Ausstattung',
  'panel.status': 'Status',
  'panel.x': 'Von links (%)',
  'panel.y': 'Von oben (%)',
  'panel.position': 'Position im Plan',
  'panel.saved': 'Platz {code} gespeichert.',
  'panel.delete': 'Platz löschen',
  'panel.deleteConfirm': 'Platz {code} löschen?',
  'panel.deleted': 'Platz {code} gelöscht.',

  'zones.title': 'Bereiche',
  'zones.intro': 'Bereiche fassen Plätze zusammen, zum Beispiel die eines Fachbereichs.',
  'zones.none': 'Noch keine Bereiche.',
  'zones.name': 'Name des neuen Bereichs',
  'zones.add': 'Bereich anlegen',
  'zones.created': 'Bereich „{name}“ angelegt.',
  'zones.delete': 'Bereich {name} löschen',
  'zones.deleteConfirm':
    'Bereich „{name}“ löschen? Seine Plätze bleiben erhalten und gehören dann zu keinem Bereich.',
  'zones.deleted': 'Bereich „{name}“ gelöscht.',
} as const satisfies Record<string, Message>;
