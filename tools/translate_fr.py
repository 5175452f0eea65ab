"""Fill resources/translations/*.ts from the dictionary below, then run pyside6-lrelease.

Run after `pyside6-lupdate` has extracted new strings:
    pyside6-lupdate $(find facilitateur/ui -name "*.py") -ts resources/translations/facilitateur_fr.ts \
        resources/translations/facilitateur_en.ts -no-obsolete
    python tools/translate_fr.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FR = {
    "Overlaps the previous block by %1": "Chevauche le bloc précédent de %1",
    "%1 free before this block": "%1 libres avant ce bloc",
    "No start time": "Pas d’heure de début",
    "Ends before it starts": "Finit avant de commencer",
    "Outside the day's hours": "En dehors des heures de la journée",
    "End inferred from the next block": "Fin déduite du bloc suivant",
    "Fixed start: this block does not move when the day is re-planned": "Début fixe : ce bloc ne bouge pas quand la journée est replanifiée",
    "Set a start time first": "Indiquez d’abord une heure de début",
    "Start": "Début",
    "End": "Fin",
    "Duration": "Durée",
    "Fixed": "Fixe",
    "Title": "Titre",
    "Kind": "Type",
    "Speakers": "Intervenants",
    "Speakers:": "Intervenants :",
    "New event…": "Nouvel événement…",
    "Open…": "Ouvrir…",
    "Open the sample day": "Ouvrir la journée exemple",
    "Save a copy as…": "Enregistrer une copie sous…",
    "Quit": "Quitter",
    "Undo": "Annuler",
    "Redo": "Rétablir",
    "Prepare": "Préparer",
    "Add a block": "Ajouter un bloc",
    "Add a segment": "Ajouter une séquence",
    "Delete the block": "Supprimer le bloc",
    "Move up": "Monter",
    "Move down": "Descendre",
    "Make a segment of the block above": "En faire une séquence du bloc au-dessus",
    "Make a block of its own": "En faire un bloc à part entière",
    "Add a day": "Ajouter un jour",
    "Remove this day": "Supprimer ce jour",
    "Keyboard shortcuts": "Raccourcis clavier",
    "About Facilitateur": "À propos de Facilitateur",
    "Name of the gathering": "Nom de la rencontre",
    "Place and address": "Lieu et adresse",
    "Event": "Événement",
    "Venue": "Lieu",
    "Organiser": "Organisateur",
    "Time zone": "Fuseau horaire",
    "Warning / danger": "Alerte / danger",
    "The timer turns amber this many minutes before the end": "Le chrono passe à l’orange ce nombre de minutes avant la fin",
    "The timer turns red this many minutes before the end": "Le chrono passe au rouge ce nombre de minutes avant la fin",
    "e.g. Tuesday morning": "ex. : mardi matin",
    "Day": "Jour",
    "Date": "Date",
    "Label": "Libellé",
    "Opens / closes": "Ouverture / clôture",
    "Event files (*.facil);;All files (*)": "Fichiers d’événement (*.facil);;Tous les fichiers (*)",
    "Welcome": "Accueil",
    "Plenary": "Plénière",
    "Talk": "Intervention",
    "Round table": "Table ronde",
    "Film": "Film",
    "Break": "Pause",
    "Meal": "Repas",
    "Workshop": "Atelier",
    "Open Space": "Forum ouvert",
    "Report-back": "Restitution",
    "Questions and answers": "Questions-réponses",
    "Closing": "Conclusion",
    "Other": "Autre",
    "Open recent": "Ouvrir un fichier récent",
    "Screens": "Écrans",
    "(none)": "(aucun)",
    "Cannot open the file": "Impossible d’ouvrir le fichier",
    "File updated to the new format; the old one was copied to %1": "Fichier mis au nouveau format ; l’ancien a été copié dans %1",
    "Cannot create the file": "Impossible de créer le fichier",
    "%1 already exists; open it with File → Open.": "%1 existe déjà ; ouvrez-le avec Fichier → Ouvrir.",
    "Cannot save the copy": "Impossible d’enregistrer la copie",
    "Copy saved: %1": "Copie enregistrée : %1",
    "Saved at %1": "Enregistré à %1",
    "Facilitateur %1 — run a gathering from the podium, offline.": "Facilitateur %1 — animer une rencontre depuis le pupitre, hors ligne.",
    "Icons: Lucide (ISC licence).": "Icônes : Lucide (licence ISC).",
    "&File": "&Fichier",
    "&Edit": "&Édition",
    "&View": "&Affichage",
    "&Agenda": "&Programme",
    "&Help": "&Aide",
    "This day has no agenda yet": "Cette journée n’a pas encore de programme",
    "Add the blocks of the day one by one, or start from the sample day.": "Ajoutez les blocs de la journée un à un, ou partez de la journée exemple.",
    "Add the first block": "Ajouter le premier bloc",
    "Not done": "Non effectué",
    "Day %1": "Jour %1",
    "%1 planned": "%1 prévues",
    "day %1": "journée %1",
    "New block": "Nouveau bloc",
    "New segment": "Nouvelle séquence",
    "Delete “%1” with its segments and speakers?": "Supprimer « %1 » avec ses séquences et ses intervenants ?",
    "“%1” deleted — Ctrl+Z brings it back": "« %1 » supprimé — Ctrl+Z le rétablit",
    "Remove this day and all its blocks? (Ctrl+Z brings it back)": "Supprimer ce jour et tous ses blocs ? (Ctrl+Z le rétablit)",
    "Menu": "Menu",
    "Action": "Action",
    "Keys": "Touches",
    "Run your gathering from the podium, offline, and write its synthesis the same evening.": "Animez votre rencontre depuis le pupitre, hors ligne, et rédigez sa synthèse le soir même.",
    "New empty event": "Nouvel événement vide",
    "Open an event file…": "Ouvrir un fichier d’événement…",
    "Recent events": "Événements récents",
    "Select a block to see its details.": "Sélectionnez un bloc pour voir son détail.",
    "Import a programme…": "Importer un programme…",
    "Import a programme": "Importer un programme",
    "Paste the programme (from a PDF, a Word file, a web page, a spreadsheet) or open a file. Check the agenda on the right, correct the text or the agenda, then import.": "Collez le programme (d’un PDF, d’un document Word, d’une page web, d’un tableur) ou ouvrez un fichier. Vérifiez le déroulé à droite, corrigez le texte ou le déroulé, puis importez.",
    "9h15-10h30 : Table ronde\n- Intervenants : …": "9h15-10h30 : Table ronde\n- Intervenants : …",
    "Automatic": "Automatique",
    "Text": "Texte",
    "CSV": "CSV",
    "JSON": "JSON",
    "Open a file…": "Ouvrir un fichier…",
    "Replace the agenda": "Remplacer le programme",
    "Add as new day(s)": "Ajouter comme nouveau(x) jour(s)",
    "Import": "Importer",
    "Format": "Format",
    "Nothing to import yet.": "Rien à importer pour l’instant.",
    "Line %1: %2": "Ligne %1 : %2",
    "Open a programme": "Ouvrir un programme",
    "Workbook %1: correct the agenda on the right.": "Classeur %1 : corrigez le déroulé à droite.",
    "%1 block(s) on %2 day(s)": "%1 bloc(s) sur %2 jour(s)",
    "Replace the current agenda with this programme? (Ctrl+Z brings it back)": "Remplacer le programme actuel par celui-ci ? (Ctrl+Z le rétablit)",
    "Programmes (*.txt *.csv *.tsv *.xlsx *.json);;All files (*)": "Programmes (*.txt *.csv *.tsv *.xlsx *.json);;Tous les fichiers (*)",
    "Paste the programme you received, add the blocks one by one, or start from the sample day.": "Collez le programme reçu, ajoutez les blocs un à un, ou partez de la journée exemple.",
    "Programme imported — Ctrl+Z undoes the import": "Programme importé — Ctrl+Z annule l’import",
    "A block needs a title": "Un bloc doit avoir un titre",
    "no time for “%1”: set its start by hand": "pas d’heure pour « %1 » : indiquez son début à la main",
    "“%1” starts before the previous block ends": "« %1 » commence avant la fin du bloc précédent",
    "no schedule found: no line starts with a time such as 9h15 or 09:15": "aucun horaire trouvé : aucune ligne ne commence par une heure comme 9h15 ou 09:15",
    "not text (binary content)": "ce n’est pas du texte (contenu binaire)",
    "cannot decode byte %1: not UTF-8 nor Windows-1252 text": "octet %1 illisible : ni texte UTF-8 ni Windows-1252",
    "row without a title, skipped": "ligne sans titre, ignorée",
    "empty item, skipped": "élément vide, ignoré",
    "speakers not understood: %1": "intervenants non compris : %1",
    "not a time: %1": "ce n’est pas une heure : %1",
    "no header row naming a title column (Titre, Title, Intitulé …) and a time column": "aucune ligne d’en-tête ne nomme une colonne de titre (Titre, Intitulé…) et une colonne d’horaire",
    "the table has a header but no programme rows": "le tableau a un en-tête mais aucune ligne de programme",
    "not valid JSON (%1)": "JSON invalide (%1)",
    "Not started — Space starts": "Pas commencé — Espace pour démarrer",
    "PAUSED": "EN PAUSE",
    "OVERTIME": "DÉPASSEMENT",
    "%1 min left": "%1 min",
    "on time": "à l’heure",
    "Run": "Animer",
    "Full screen": "Plein écran",
    "Start / pause": "Démarrer / pause",
    "Next": "Suivant",
    "Previous": "Précédent",
    "End the block": "Terminer le bloc",
    "One minute more": "Une minute de plus",
    "One minute less": "Une minute de moins",
    "Blackout": "Écran noir",
    "Message to the speaker…": "Message à l’orateur…",
    "Show / hide the stage display": "Afficher / masquer l’écran de scène",
    "Leave full screen": "Quitter le plein écran",
    "&Run": "A&nimer",
    "Message to the speaker": "Message à l’orateur",
    "e.g. Two minutes left (empty: no message)": "ex. : Il reste 2 minutes (vide : aucun message)",
    "Blink": "Clignoter",
    "Clear": "Effacer",
    "Shown on the stage display, under the timer.": "Affiché sur l’écran de scène, sous le chrono.",
    "The screen the stage display goes to (F5)": "L’écran où s’affiche l’écran de scène (F5)",
    "Stage display (F5)": "Écran de scène (F5)",
    "Nothing to run yet: the agenda is empty.": "Rien à animer pour l’instant : le programme est vide.",
    "Prepare the agenda": "Préparer le programme",
    "Day: %1": "Journée : %1",
    "Ends ≈ %1": "Fin ≈ %1",
    "The day is over": "La journée est terminée",
    "Next: %1  %2": "Ensuite : %1  %2",
    "On stage: “%1”": "Sur scène : « %1 »",
    "[stage blacked out — B]": "[écran de scène noir — B]",
    "The computer's clock jumped by %1 min (sleep or clock change). Times are counted from the clock: check the timer.": "L’horloge de l’ordinateur a sauté de %1 min (veille ou changement d’heure). Les temps sont comptés d’après l’horloge : vérifiez le chrono.",
    "Space": "Espace",
    "start / pause": "démarrer / pause",
    "next": "suivant",
    "previous": "précédent",
    "end": "terminer",
    "one minute": "une minute",
    "blackout": "écran noir",
    "message": "message",
    "stage display": "écran de scène",
    "undo": "annuler",
    "Stage display — Facilitateur": "Écran de scène — Facilitateur",
    "Re-plan the day…": "Replanifier la journée…",
    "Re-plan the day": "Replanifier la journée",
    "Shift the rest": "Décaler la suite",
    "Absorb into breaks and meals": "Absorber sur les pauses et repas",
    "Fit the next blocks (shorter or longer)": "Ajuster les blocs suivants (raccourcir ou allonger)",
    "Shortest break": "Pause la plus courte",
    "Block": "Bloc",
    "Now": "Actuellement",
    "Proposed": "Proposé",
    "Apply": "Appliquer",
    "Countdown": "Compte à rebours",
    "Elapsed time": "Temps écoulé",
    "Time to the planned end": "Temps jusqu’à la fin prévue",
    "Timer": "Chrono",
    "Warning": "Alerte",
    "Danger": "Danger",
    "default (%1 min)": "par défaut (%1 min)",
    "Export the speaking turns (CSV)…": "Exporter les prises de parole (CSV)…",
    "Next speaker": "Orateur suivant",
    "The speaker has finished": "L’orateur a terminé",
    "Pause / resume the speaker": "Pause / reprise de l’orateur",
    "Give the last speaker the floor again": "Redonner la parole au dernier orateur",
    "Add a speaker": "Ajouter un orateur",
    "Move the speaker up": "Monter l’orateur",
    "Move the speaker down": "Descendre l’orateur",
    "Speaking time…": "Temps de parole…",
    "Cannot export": "Export impossible",
    "%1 turns written to %2": "%1 prises de parole écrites dans %2",
    "share of speaking time": "part du temps de parole",
    "share of turns": "part des prises de parole",
    "Name (organisation), role — Enter adds (! point of order, ? question, > reply)": "Nom (organisation), rôle — Entrée ajoute (! motion d’ordre, ? question, > réponse)",
    "Take the speaker off the list": "Retirer l’orateur de la liste",
    "Those who have not spoken yet go first": "Ceux qui n’ont pas encore parlé passent d’abord",
    "no limit": "sans limite",
    "Turns per person": "Prises de parole par personne",
    "Default time of a speaker, unless the block says otherwise": "Temps d’un orateur par défaut, sauf indication du bloc",
    "A warning when someone asks for the floor more often than this": "Un avertissement quand quelqu’un demande la parole plus souvent",
    "Category of a new person (the day's “worlds”)": "Catégorie d’une nouvelle personne (les « mondes » de la journée)",
    "point of order": "motion d’ordre",
    "reply": "réponse",
    "question": "question",
    "has not spoken yet today": "n’a pas encore parlé aujourd’hui",
    "%1 turn(s) already": "déjà %1 prise(s) de parole",
    "Nobody has the floor": "Personne n’a la parole",
    "S gives the floor to the next speaker": "S donne la parole au suivant",
    "Speaking time": "Temps de parole",
    "Person": "Personne",
    "Category": "Catégorie",
    "Time": "Temps",
    "Turns": "Prises de parole",
    "First spoke in": "Première prise de parole",
    "Total": "Total",
    "Average": "Moyenne",
    "Longest": "La plus longue",
    "(no category)": "(sans catégorie)",
    "Share of time": "Part du temps",
    "Share of turns": "Part des prises",
    "Per person": "Par personne",
    "Per block": "Par bloc",
    "Per category": "Par catégorie",
    "%1 turns, %2 of speaking time, %3 people.": "%1 prises de parole, %2 de temps de parole, %3 personnes.",
    "The day is at %1. Choose how to re-plan the blocks still to come:": "La journée est à %1. Choisissez comment replanifier les blocs à venir :",
}


NUMERUS = {
    "%n block(s)": (("%n bloc", "%n blocs"), ("%n block", "%n blocks")),
    "%n overlap(s)": (("%n chevauchement", "%n chevauchements"), ("%n overlap", "%n overlaps")),
    "%n gap(s)": (("%n trou", "%n trous"), ("%n gap", "%n gaps")),
    "%n to check": (("%n à vérifier", "%n à vérifier"), ("%n to check", "%n to check")),
    "%n spoke": (("%n a parlé", "%n ont parlé"), ("%n spoke", "%n spoke")),
    "%n waiting": (("%n en attente", "%n en attente"), ("%n waiting", "%n waiting")),
}


def fill(ts: Path, lang: str) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = NUMERUS.get(source)
            if forms is None:
                missing.append(source)
                continue
            for form in forms[0 if lang == "fr" else 1]:
                ET.SubElement(translation, "numerusform").text = form
        elif lang == "fr":
            if source not in FR:
                missing.append(source)
                translation.set("type", "unfinished")
            else:
                translation.text = FR[source]
        else:
            translation.text = source
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    missing = []
    for lang in ("fr", "en"):
        ts = folder / f"facilitateur_{lang}.ts"
        missing += fill(ts, lang)
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    for m in missing:
        print(f"missing translation: {m!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
