<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="11"/>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="14"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="18"/>
        <source>Open the sample day, prepared</source>
        <translation>Ouvrir la journée exemple, préparée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="24"/>
        <source>Open the sample day, already run</source>
        <translation>Ouvrir la journée exemple, déjà animée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="30"/>
        <source>Connect to a shared event…</source>
        <translation>Se connecter à un événement partagé…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="36"/>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="43"/>
        <source>Share this event on a server…</source>
        <translation>Partager cet événement sur un serveur…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="48"/>
        <source>Merge from another copy…</source>
        <translation>Fusionner depuis une autre copie…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="52"/>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="58"/>
        <source>Export the synthesis (PDF)…</source>
        <translation>Exporter la synthèse (PDF)…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="65"/>
        <source>Export the speaking turns (CSV)…</source>
        <translation>Exporter les prises de parole (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="71"/>
        <source>Export the actions (CSV)…</source>
        <translation>Exporter les actions (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="77"/>
        <source>Export the programme (iCalendar)…</source>
        <translation>Exporter le programme (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="81"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="82"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="85"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="92"/>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="99"/>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="105"/>
        <source>Run</source>
        <translation>Animer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="109"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="116"/>
        <source>Open Space</source>
        <translation>Forum ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="123"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="130"/>
        <source>Import a programme…</source>
        <translation>Importer un programme…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="138"/>
        <source>Add a block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="146"/>
        <source>Add a segment</source>
        <translation>Ajouter une séquence</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="154"/>
        <source>Delete the block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="162"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="170"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="178"/>
        <source>Make a segment of the block above</source>
        <translation>En faire une séquence du bloc au-dessus</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="186"/>
        <source>Make a block of its own</source>
        <translation>En faire un bloc à part entière</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="193"/>
        <source>Add a day</source>
        <translation>Ajouter un jour</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="195"/>
        <source>Remove this day</source>
        <translation>Supprimer ce jour</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="222"/>
        <source>Print the board and the room signs (PDF)…</source>
        <translation>Imprimer le tableau et les affiches des salles (PDF)…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="11"/>
        <source>Start / pause</source>
        <translation>Démarrer / pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="19"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="27"/>
        <source>Back: undo the last Next</source>
        <translation>Retour : annuler le dernier Suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="35"/>
        <source>Take up a block again…</source>
        <translation>Reprendre un bloc…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="43"/>
        <source>End the block</source>
        <translation>Terminer le bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="51"/>
        <source>One minute more</source>
        <translation>Une minute de plus</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="59"/>
        <source>One minute less</source>
        <translation>Une minute de moins</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="67"/>
        <source>Blackout</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="75"/>
        <source>Message to the speaker…</source>
        <translation>Message à l’orateur…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="83"/>
        <source>Take the podium</source>
        <translation>Prendre la main sur le pupitre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="89"/>
        <source>Re-plan the day…</source>
        <translation>Replanifier la journée…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="96"/>
        <source>Next speaker</source>
        <translation>Orateur suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="104"/>
        <source>The speaker has finished</source>
        <translation>L’orateur a terminé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="112"/>
        <source>Pause / resume the speaker</source>
        <translation>Pause / reprise de l’orateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="120"/>
        <source>Give the last speaker the floor again</source>
        <translation>Redonner la parole au dernier orateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="128"/>
        <source>Add a speaker</source>
        <translation>Ajouter un orateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="136"/>
        <source>Move the speaker up</source>
        <translation>Monter l’orateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="144"/>
        <source>Move the speaker down</source>
        <translation>Descendre l’orateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="152"/>
        <source>Take the speaker off the list</source>
        <translation>Retirer l’orateur de la liste</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="160"/>
        <source>Capture a note</source>
        <translation>Saisir une note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="167"/>
        <source>Speaking time…</source>
        <translation>Temps de parole…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="174"/>
        <source>Show the podium and the stage display</source>
        <translation>Afficher le pupitre et l’écran de scène</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="181"/>
        <source>Close the stage display, or leave full screen</source>
        <translation>Fermer l’écran de scène, ou quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="188"/>
        <source>Pulsing border on the stage in overtime</source>
        <translation>Bordure clignotante sur l’écran de scène en dépassement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="201"/>
        <source>Rooms and slots…</source>
        <translation>Salles et créneaux…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="208"/>
        <source>Suggest a placement…</source>
        <translation>Proposer un placement…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="215"/>
        <source>Report-back</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="228"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="235"/>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier du journal d’erreurs</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="239"/>
        <source>About Facilitateur</source>
        <translation>À propos de Facilitateur</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="50"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="51"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="52"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="53"/>
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="54"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="55"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="56"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="53"/>
        <source>Overlaps the previous block by %1</source>
        <translation>Chevauche le bloc précédent de %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="56"/>
        <source>%1 free before this block</source>
        <translation>%1 libres avant ce bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="60"/>
        <source>No start time</source>
        <translation>Pas d’heure de début</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="62"/>
        <source>Ends before it starts</source>
        <translation>Finit avant de commencer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="64"/>
        <source>Outside the day&apos;s hours</source>
        <translation>En dehors des heures de la journée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="69"/>
        <source>“%1” is not a time of day (e.g. 9:15 or 14h30)</source>
        <translation>« %1 » n’est pas une heure (par ex. 9:15 ou 14h30)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="75"/>
        <source>“%1” is not a duration in minutes (e.g. 45 or 1h30)</source>
        <translation>« %1 » n’est pas une durée en minutes (par ex. 45 ou 1h30)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="192"/>
        <source>End inferred from the next block</source>
        <translation>Fin déduite du bloc suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="195"/>
        <source>Fixed start: this block does not move when the day is re-planned</source>
        <translation>Début fixe : ce bloc ne bouge pas quand la journée est replanifiée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="250"/>
        <source>Set a start time first</source>
        <translation>Indiquez d’abord une heure de début</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_view.py" line="82"/>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="67"/>
        <source>Automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="117"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="118"/>
        <source>No backup of this file yet: one is taken every 5 minutes while it changes.</source>
        <translation>Pas encore de sauvegarde de ce fichier : une est faite toutes les 5 minutes tant qu’il change.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="130"/>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="135"/>
        <source>%1

The file is left as it is. Restore its latest good backup (%2) into a new file and open it?</source>
        <translation>%1

Le fichier est laissé tel quel. Restaurer sa dernière bonne sauvegarde (%2) dans un nouveau fichier et l’ouvrir ?</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="156"/>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="160"/>
        <source>Backup restored into %1</source>
        <translation>Sauvegarde restaurée dans %1</translation>
    </message>
</context>
<context>
    <name>BlockDetails</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_details.py" line="20"/>
        <source>Details of the block</source>
        <translation>Détails du bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_details.py" line="27"/>
        <source>Select a block to see its details.</source>
        <translation>Sélectionnez un bloc pour voir son détail.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_details.py" line="41"/>
        <source>Speakers:</source>
        <translation>Intervenants :</translation>
    </message>
</context>
<context>
    <name>BlockTimerSettings</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="32"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="33"/>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="34"/>
        <source>Time to the planned end</source>
        <translation>Temps jusqu’à la fin prévue</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="44"/>
        <source>Timer</source>
        <translation>Chrono</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="46"/>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="47"/>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="45"/>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="95"/>
        <source>default (%1 min)</source>
        <translation>par défaut (%1 min)</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/board_model.py" line="47"/>
        <source>%n interested</source>
        <translation>
            <numerusform>%n personne intéressée</numerusform>
            <numerusform>%n personnes intéressées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/board_model.py" line="120"/>
        <source>%n seats</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/board_view.py" line="39"/>
        <source>Board: rooms and slots</source>
        <translation>Tableau : salles et créneaux</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="12"/>
        <source>mark an action open or done</source>
        <translation>marquer une action ouverte ou faite</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="13"/>
        <source>re-plan the agenda</source>
        <translation>replanifier le programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="14"/>
        <source>add a block</source>
        <translation>ajouter un bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="15"/>
        <source>move a block</source>
        <translation>déplacer un bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="16"/>
        <source>delete a block</source>
        <translation>supprimer un bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="17"/>
        <source>change a block</source>
        <translation>modifier un bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="18"/>
        <source>add a day</source>
        <translation>ajouter un jour</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="19"/>
        <source>delete a day</source>
        <translation>supprimer un jour</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="20"/>
        <source>change a day</source>
        <translation>modifier un jour</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="21"/>
        <source>change the event</source>
        <translation>modifier l’événement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="22"/>
        <source>merge another copy</source>
        <translation>fusionner une autre copie</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="23"/>
        <source>add a note</source>
        <translation>ajouter une note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="24"/>
        <source>move a note</source>
        <translation>déplacer une note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="25"/>
        <source>delete a note</source>
        <translation>supprimer une note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="26"/>
        <source>change a note</source>
        <translation>modifier une note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="27"/>
        <source>apply the suggested board</source>
        <translation>appliquer le tableau suggéré</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="28"/>
        <source>go back a step (PgUp)</source>
        <translation>revenir d’un pas (PgPréc)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="29"/>
        <source>next step (PgDn)</source>
        <translation>pas suivant (PgSuiv)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="30"/>
        <source>take the podium</source>
        <translation>prendre la main sur le pupitre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="31"/>
        <source>import a programme</source>
        <translation>importer un programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="32"/>
        <source>vote on a proposal</source>
        <translation>voter une proposition</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="33"/>
        <source>write a workshop report</source>
        <translation>rédiger un compte rendu d’atelier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="34"/>
        <source>add a room</source>
        <translation>ajouter une salle</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="35"/>
        <source>delete a room</source>
        <translation>supprimer une salle</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="36"/>
        <source>change a room</source>
        <translation>modifier une salle</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="37"/>
        <source>add a slot</source>
        <translation>ajouter un créneau</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="38"/>
        <source>make the slots</source>
        <translation>créer les créneaux</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="39"/>
        <source>delete a slot</source>
        <translation>supprimer un créneau</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="40"/>
        <source>change a slot</source>
        <translation>modifier un créneau</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="41"/>
        <source>add a speaker</source>
        <translation>ajouter un intervenant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="42"/>
        <source>move a speaker in the list</source>
        <translation>déplacer un intervenant dans la liste</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="43"/>
        <source>give the floor to the next speaker</source>
        <translation>donner la parole au suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="44"/>
        <source>pause the speaker</source>
        <translation>mettre l’intervenant en pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="45"/>
        <source>add a speaker again</source>
        <translation>réinscrire un intervenant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="46"/>
        <source>remove a speaker</source>
        <translation>retirer un intervenant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="47"/>
        <source>resume the speaker</source>
        <translation>reprendre l’intervenant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="48"/>
        <source>give the floor</source>
        <translation>donner la parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="49"/>
        <source>end the speaker&apos;s time</source>
        <translation>terminer la prise de parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="50"/>
        <source>black out the stage display</source>
        <translation>masquer l’écran de scène</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="51"/>
        <source>show a message on the stage</source>
        <translation>afficher un message sur la scène</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="52"/>
        <source>adjust the time</source>
        <translation>ajuster le temps</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="53"/>
        <source>end the block</source>
        <translation>terminer le bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="54"/>
        <source>go to the next block</source>
        <translation>passer au bloc suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="55"/>
        <source>pause the block</source>
        <translation>mettre le bloc en pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="56"/>
        <source>go back to the previous block</source>
        <translation>revenir au bloc précédent</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="57"/>
        <source>resume the block</source>
        <translation>reprendre le bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="58"/>
        <source>start the block</source>
        <translation>démarrer le bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="59"/>
        <source>take up the block again</source>
        <translation>reprendre un bloc terminé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="60"/>
        <source>add a topic</source>
        <translation>ajouter un sujet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="61"/>
        <source>place a topic on the board</source>
        <translation>placer un sujet sur le tableau</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="62"/>
        <source>merge topics</source>
        <translation>fusionner des sujets</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="63"/>
        <source>pin a topic</source>
        <translation>épingler un sujet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="64"/>
        <source>delete a topic</source>
        <translation>supprimer un sujet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="65"/>
        <source>take a topic off the board</source>
        <translation>retirer un sujet du tableau</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="66"/>
        <source>change a topic</source>
        <translation>modifier un sujet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="67"/>
        <source>add dots to a topic</source>
        <translation>ajouter des gommettes à un sujet</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../facilitateur/ui/conflict_bar.py" line="32"/>
        <source>Keep my text</source>
        <translation>Garder mon texte</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/conflict_bar.py" line="33"/>
        <source>Save what you typed over the other laptop&apos;s change</source>
        <translation>Enregistrer ce que vous avez tapé par-dessus la modification de l’autre portable</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/conflict_bar.py" line="35"/>
        <source>Take their text</source>
        <translation>Prendre son texte</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/conflict_bar.py" line="36"/>
        <source>Show the other laptop&apos;s text instead of what you typed</source>
        <translation>Afficher le texte de l’autre portable à la place de ce que vous avez tapé</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="28"/>
        <source>If the server offers it (prefer)</source>
        <translation>Si le serveur le propose (prefer)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="29"/>
        <source>Always, encrypted (require)</source>
        <translation>Toujours, chiffrée (require)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="32"/>
        <source>Always, with the server&apos;s certificate checked (verify-full)</source>
        <translation>Toujours, avec vérification du certificat du serveur (verify-full)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="36"/>
        <source>Never (a closed network only) (disable)</source>
        <translation>Jamais (réseau fermé uniquement) (disable)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="56"/>
        <source>Connect to a shared event</source>
        <translation>Se connecter à un événement partagé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="60"/>
        <source>Several laptops work on one event held by a PostgreSQL server on the venue&apos;s network. Ask the person who set it up for these details.</source>
        <translation>Plusieurs portables travaillent sur un même événement, tenu par un serveur PostgreSQL sur le réseau du lieu. Demandez ces informations à la personne qui l’a installé.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="69"/>
        <source>e.g. 192.168.1.10 or serveur.local (:port if not 5432)</source>
        <translation>par ex. 192.168.1.10 ou serveur.local (:port si ce n’est pas 5432)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="72"/>
        <source>one database per event, e.g. rencontre2016</source>
        <translation>une base par événement, par ex. rencontre2016</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="76"/>
        <source>empty: the one kept on this computer</source>
        <translation>vide : celui enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="83"/>
        <source>Remember the password on this computer (PostgreSQL&apos;s password file, readable by you only)</source>
        <translation>Retenir le mot de passe sur cet ordinateur (fichier de mots de passe de PostgreSQL, lisible par vous seul)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="89"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="90"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="91"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="92"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="93"/>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="97"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Convergence</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="37"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="39"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="39"/>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="39"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="39"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="53"/>
        <source>One dot (+)</source>
        <translation>Une gommette (+)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="54"/>
        <source>Take one back (−)</source>
        <translation>En retirer une (−)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="92"/>
        <source>%n proposals from the workshop reports</source>
        <translation>
            <numerusform>%n proposition des comptes rendus</numerusform>
            <numerusform>%n propositions des comptes rendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="94"/>
        <source>%n dots so far.</source>
        <translation>
            <numerusform>%n gommette pour l’instant.</numerusform>
            <numerusform>%n gommettes pour l’instant.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="97"/>
        <source>Select a proposal and press + for each dot (− takes one back); the list stays ranked.</source>
        <translation>Choisissez une proposition et appuyez sur + pour chaque gommette (− en retire une) ; la liste reste classée.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="100"/>
        <source>No proposal yet: they come from the workshop reports (Reports tab).</source>
        <translation>Pas encore de proposition : elles viennent des comptes rendus d’ateliers (onglet Comptes rendus).</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../facilitateur/ui/dates.py" line="110"/>
        <source>Not a date: write %1, %2, Friday or in two weeks</source>
        <translation>Pas une date : écrivez %1, %2, vendredi ou dans 15 jours</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="104"/>
        <source>Those who have not spoken yet go first</source>
        <translation>Ceux qui n’ont pas encore parlé passent d’abord</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="107"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="108"/>
        <source>Name of the gathering</source>
        <translation>Nom de la rencontre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="109"/>
        <source>Place and address</source>
        <translation>Lieu et adresse</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="111"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="113"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="114"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="115"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="116"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="119"/>
        <source>Timers and turns</source>
        <translation>Minuteurs et tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="125"/>
        <source>Warning / danger</source>
        <translation>Alerte / danger</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="128"/>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="129"/>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="130"/>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="131"/>
        <source>Turns per person</source>
        <translation>Prises de parole par personne</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="134"/>
        <source>Default time of a speaker, unless the block says otherwise</source>
        <translation>Temps d’un orateur par défaut, sauf indication du bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="137"/>
        <source>A warning when someone asks for the floor more often than this</source>
        <translation>Un avertissement quand quelqu’un demande la parole plus souvent</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="139"/>
        <source>The timer turns amber this many minutes before the end</source>
        <translation>Le chrono passe à l’orange ce nombre de minutes avant la fin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="140"/>
        <source>The timer turns red this many minutes before the end</source>
        <translation>Le chrono passe au rouge ce nombre de minutes avant la fin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="144"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="147"/>
        <source>e.g. Tuesday morning</source>
        <translation>ex. : mardi matin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="152"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="154"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="155"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="159"/>
        <source>Opens / closes</source>
        <translation>Ouverture / clôture</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="161"/>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="162"/>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_table.py" line="64"/>
        <source>no deadline</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_table.py" line="86"/>
        <source>“%1” is not a date: the deadline was not changed. %2</source>
        <translation>« %1 » n’est pas une date : l’échéance n’a pas changé. %2</translation>
    </message>
</context>
<context>
    <name>EmptyAgenda</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/empty_agenda.py" line="22"/>
        <source>This day has no agenda yet</source>
        <translation>Cette journée n’a pas encore de programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/empty_agenda.py" line="28"/>
        <source>Paste the programme you received, add the blocks one by one, or start from the sample day.</source>
        <translation>Collez le programme reçu, ajoutez les blocs un à un, ou partez de la journée exemple.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/empty_agenda.py" line="36"/>
        <source>Import a programme</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/empty_agenda.py" line="40"/>
        <source>Add the first block</source>
        <translation>Ajouter le premier bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/empty_agenda.py" line="41"/>
        <source>Open the sample day</source>
        <translation>Ouvrir la journée exemple</translation>
    </message>
</context>
<context>
    <name>EmptyBoard</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/empty_board.py" line="19"/>
        <source>The board needs rooms (its columns) and time slots (its rows).
Slots can be generated from the Open Space block of the agenda.</source>
        <translation>Le tableau a besoin de salles (ses colonnes) et de créneaux (ses lignes).
Les créneaux peuvent être créés d’après le bloc Forum ouvert du programme.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="34"/>
        <source>Something went wrong</source>
        <translation>Une erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="38"/>
        <source>Facilitateur met an error it did not expect. What you typed is kept: every change is saved as it is made. The details below are also in the log; copy them into a message to whoever looks after the application.</source>
        <translation>Facilitateur a rencontré une erreur inattendue. Ce que vous avez tapé est conservé : chaque modification est enregistrée au moment où elle est faite. Le détail ci-dessous est aussi dans le journal d’erreurs ; copiez-le dans un message à qui s’occupe de l’application.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="44"/>
        <source>Details of the error</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="46"/>
        <source>Copy the details</source>
        <translation>Copier le détail</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="47"/>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier du journal d’erreurs</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="60"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="35"/>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="36"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="37"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="38"/>
        <source>The programme as run, with its timeline</source>
        <translation>Le programme tel qu’il s’est déroulé, avec sa frise</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="39"/>
        <source>Block by block: speakers and notes</source>
        <translation>Bloc par bloc : intervenants et notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="40"/>
        <source>Action table</source>
        <translation>Tableau des actions</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="41"/>
        <source>Speaking time statistics</source>
        <translation>Statistiques des temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="42"/>
        <source>Open Space: board, reports, convergence</source>
        <translation>Forum ouvert : tableau, comptes rendus, convergence</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="43"/>
        <source>Closing line</source>
        <translation>Ligne de clôture</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="99"/>
        <location filename="../../facilitateur/ui/pdf_job.py" line="139"/>
        <source>Export the synthesis</source>
        <translation>Exporter la synthèse</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="103"/>
        <source>This day has not taken place yet: the PDF will be its programme, with the speakers planned. Speaking time and the closing line come once the day has run.</source>
        <translation>Cette journée n’a pas encore eu lieu : le PDF sera son programme, avec les intervenants prévus. Le temps de parole et la clôture viendront une fois la journée passée.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="112"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="132"/>
        <source>Language of the document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="133"/>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="135"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="137"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="139"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="136"/>
        <location filename="../../facilitateur/ui/export_dialog.py" line="145"/>
        <location filename="../../facilitateur/ui/export_dialog.py" line="168"/>
        <source>Logo on the cover</source>
        <translation>Logo sur la couverture</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="146"/>
        <source>Include the notes marked internal</source>
        <translation>Inclure les notes marquées internes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="148"/>
        <source>Open the PDF when it is written</source>
        <translation>Ouvrir le PDF une fois écrit</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="153"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="168"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/pdf_job.py" line="132"/>
        <source>Writing the synthesis…</source>
        <translation>Écriture de la synthèse…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/pdf_job.py" line="133"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/pdf_job.py" line="214"/>
        <source>the export stopped (code %1)</source>
        <translation>l’export s’est arrêté (code %1)</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="73"/>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="74"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="96"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="187"/>
        <source>A synthesis is already being written</source>
        <translation>Une synthèse est déjà en cours d’écriture</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="161"/>
        <location filename="../../facilitateur/ui/exports.py" line="173"/>
        <location filename="../../facilitateur/ui/exports.py" line="210"/>
        <location filename="../../facilitateur/ui/exports.py" line="230"/>
        <location filename="../../facilitateur/ui/exports.py" line="254"/>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="78"/>
        <source>-speaking-turns</source>
        <translation>-prises-de-parole</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/exports.py" line="82"/>
        <source>%n turns written to %2</source>
        <translation>
            <numerusform>%n prise de parole écrite dans %2</numerusform>
            <numerusform>%n prises de parole écrites dans %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="86"/>
        <source>-actions</source>
        <translation>-actions</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/exports.py" line="90"/>
        <source>%n actions written to %2</source>
        <translation>
            <numerusform>%n action écrite dans %2</numerusform>
            <numerusform>%n actions écrites dans %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="94"/>
        <source>-programme</source>
        <translation>-programme</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/exports.py" line="99"/>
        <source>Programme written to %2 (%n blocks without a start time)</source>
        <translation>
            <numerusform>Programme écrit dans %2 (%n bloc sans heure de début)</numerusform>
            <numerusform>Programme écrit dans %2 (%n blocs sans heure de début)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="101"/>
        <source>Programme written to %2</source>
        <translation>Programme écrit dans %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="106"/>
        <source>-board</source>
        <translation>-tableau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/exports.py" line="110"/>
        <source>Board (A3) written to %2, with %n room signs (A4) beside it</source>
        <translation>
            <numerusform>Tableau (A3) écrit dans %2, avec %n affiche de salle (A4) à côté</numerusform>
            <numerusform>Tableau (A3) écrit dans %2, avec %n affiches de salle (A4) à côté</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="198"/>
        <source>-summary</source>
        <translation>-synthese</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="214"/>
        <source>Export cancelled: no file written</source>
        <translation>Export annulé : aucun fichier écrit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/exports.py" line="217"/>
        <source>Synthesis written: %2 (%n pages)</source>
        <translation>
            <numerusform>Synthèse écrite : %2 (%n page)</numerusform>
            <numerusform>Synthèse écrite : %2 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="47"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="49"/>
        <source>Event file</source>
        <translation>Fichier d’événement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="52"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="53"/>
        <source>%1 file</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="75"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="77"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichier :</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/file_menu.py" line="224"/>
        <source>%n items merged from %2 — Ctrl+Z undoes the merge</source>
        <translation>
            <numerusform>%n élément fusionné depuis %2 — Ctrl+Z annule la fusion</numerusform>
            <numerusform>%n éléments fusionnés depuis %2 — Ctrl+Z annule la fusion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="82"/>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="496"/>
        <source>Import a programme</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="91"/>
        <source>Paste the programme (from a PDF, a Word file, a web page, a spreadsheet) or open a file. Check the agenda on the right, correct the text or the agenda, then import (Ctrl+Enter).</source>
        <translation>Collez le programme (d’un PDF, d’un document Word, d’une page web, d’un tableur) ou ouvrez un fichier. Vérifiez le déroulé à droite, corrigez le texte ou le déroulé, puis importez (Ctrl+Entrée).</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="96"/>
        <source>Text of the programme</source>
        <translation>Texte du programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="104"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="104"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="104"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="104"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="109"/>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="115"/>
        <source>What the reader warns about</source>
        <translation>Ce que la lecture signale</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="125"/>
        <source>Lines not read</source>
        <translation>Lignes non lues</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="128"/>
        <source>Lines the reader did not understand. Select one, then add it to the agenda as a block, or as a speaker of the block selected on the right.</source>
        <translation>Lignes que la lecture n’a pas comprises. Choisissez-en une, puis ajoutez-la au programme comme bloc, ou comme intervenant du bloc choisi à droite.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="132"/>
        <source>Add as a block</source>
        <translation>Ajouter comme bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="135"/>
        <source>Add as a speaker</source>
        <translation>Ajouter comme intervenant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="138"/>
        <source>Replace the agenda</source>
        <translation>Remplacer le programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="139"/>
        <source>Add as new days</source>
        <translation>Ajouter comme nouveaux jours</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="271"/>
        <source>The programme of last time is back, with your corrections. Changing the text reads it again.</source>
        <translation>Le programme de la dernière fois est revenu, avec vos corrections. Modifier le texte le relit.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="282"/>
        <source>The programme of last time is back, selected: paste to replace it.</source>
        <translation>Le programme de la dernière fois est revenu, sélectionné : collez pour le remplacer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="410"/>
        <source>%n blocks</source>
        <translation>
            <numerusform>%n bloc</numerusform>
            <numerusform>%n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="411"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="425"/>
        <source>%n lines not read:</source>
        <translation>
            <numerusform>%n ligne non lue :</numerusform>
            <numerusform>%n lignes non lues :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="143"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="97"/>
        <source>9:15-10:30 Round table
- Speakers: …</source>
        <translation>9h15-10h30 : Table ronde
- Intervenants : …</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="154"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="201"/>
        <source>Import this programme (%1)</source>
        <translation>Importer ce programme (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="305"/>
        <source>Nothing to import yet.</source>
        <translation>Rien à importer pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="312"/>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="391"/>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="419"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="330"/>
        <source>Open a programme</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="337"/>
        <source>%1 is the open event file, not a programme: choose a text, CSV, xlsx or JSON file.</source>
        <translation>%1 est le fichier de l’événement ouvert, pas un programme : choisissez un fichier texte, CSV, xlsx ou JSON.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="344"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="368"/>
        <source>Workbook %1: correct the agenda on the right.</source>
        <translation>Classeur %1 : corrigez le déroulé à droite.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="409"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="494"/>
        <source>Replace the current agenda with this programme? (Ctrl+Z brings it back)</source>
        <translation>Remplacer le programme actuel par celui-ci ? (Ctrl+Z le rétablit)</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../facilitateur/ui/interaction.py" line="13"/>
        <source>Event files (*.facil);;All files (*)</source>
        <translation>Fichiers d’événement (*.facil);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="42"/>
        <source>Programmes (*.txt *.csv *.tsv *.xlsx *.json);;All files (*)</source>
        <translation>Programmes (*.txt *.csv *.tsv *.xlsx *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="11"/>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="12"/>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="13"/>
        <source>Talk</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="14"/>
        <source>Round table</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="15"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="16"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="17"/>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="18"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="19"/>
        <source>Open Space</source>
        <translation>Forum ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="20"/>
        <source>Report-back</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="21"/>
        <source>Questions and answers</source>
        <translation>Questions-réponses</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="22"/>
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="23"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="134"/>
        <source>Open recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="189"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="90"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="260"/>
        <location filename="../../facilitateur/ui/main_window.py" line="287"/>
        <source>This event is already open</source>
        <translation>Cet événement est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="294"/>
        <source>%1

Open it read-only here (to read it, or save a copy)?</source>
        <translation>%1

L’ouvrir ici en lecture seule (pour le lire ou en enregistrer une copie) ?</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="296"/>
        <source>The file is in use</source>
        <translation>Le fichier est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="311"/>
        <source>File updated to the new format; the old one was copied to %1</source>
        <translation>Fichier mis au nouveau format ; l’ancien a été copié dans %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="327"/>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="346"/>
        <source>Facilitateur stopped while opening %1 the last time, so it was not reopened. Open it from the list to try again; if it fails again, File → Restore a backup.</source>
        <translation>Facilitateur s’est arrêté en ouvrant %1 la dernière fois : il n’a donc pas été rouvert. Ouvrez-le depuis la liste pour réessayer ; s’il échoue encore, Fichier → Restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="499"/>
        <source>another laptop</source>
        <translation>un autre portable</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="500"/>
        <source>Changed by %1 at %2</source>
        <translation>Modifié par %1 à %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="513"/>
        <source>Podium: free (the first to start a timer takes it)</source>
        <translation>Pupitre : libre (le premier qui lance un chrono le prend)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="515"/>
        <source>Podium: held by this laptop</source>
        <translation>Pupitre : tenu par ce portable</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="517"/>
        <source>Podium: held by %1</source>
        <translation>Pupitre : tenu par %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="524"/>
        <source>This laptop holds the podium now</source>
        <translation>Ce portable tient désormais le pupitre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="530"/>
        <source>Connection to the shared event lost — what you type is kept, and saved when the connection returns.</source>
        <translation>Connexion à l’événement partagé perdue — ce que vous tapez est gardé, et enregistré au retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="537"/>
        <source>Connection back: everything typed meanwhile is saved</source>
        <translation>Connexion rétablie : tout ce qui a été tapé entre-temps est enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="542"/>
        <source>Not saved — %1</source>
        <translation>Non enregistré — %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="548"/>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="561"/>
        <source>The file can be written again: saved</source>
        <translation>Le fichier peut de nouveau être écrit : enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="567"/>
        <source>%1 — Another program had cut Facilitateur off from the event file on disk (it deleted or replaced the file&apos;s log). The file was rewritten from what Facilitateur holds and reopened: nothing was lost. Keep other programs away from the open file.</source>
        <translation>%1 — Un autre programme avait coupé Facilitateur du fichier de l’événement sur le disque (il a supprimé ou remplacé son journal). Le fichier a été réécrit à partir de ce que Facilitateur détient, puis rouvert : rien n’est perdu. Tenez les autres programmes à l’écart du fichier ouvert.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="591"/>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="592"/>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="109"/>
        <location filename="../../facilitateur/ui/file_menu.py" line="115"/>
        <source>Cannot create the file</source>
        <translation>Impossible de créer le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="116"/>
        <source>%1 already exists; open it with File → Open.</source>
        <translation>%1 existe déjà ; ouvrez-le avec Fichier → Ouvrir.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="155"/>
        <location filename="../../facilitateur/ui/file_menu.py" line="161"/>
        <source>Cannot save the copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="174"/>
        <source>Copy saved and opened: %1 (what you typed is in it)</source>
        <translation>Copie enregistrée et ouverte : %1 (ce que vous avez tapé y est)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="181"/>
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="197"/>
        <location filename="../../facilitateur/ui/file_menu.py" line="205"/>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="198"/>
        <source>This is the open file itself.</source>
        <translation>C’est le fichier ouvert lui-même.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="214"/>
        <source>Nothing new in %1</source>
        <translation>Rien de nouveau dans %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="248"/>
        <source>The password could not be kept on this computer: %1</source>
        <translation>Le mot de passe n’a pas pu être retenu sur cet ordinateur : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="263"/>
        <source>The event is copied into this database, which must be empty.</source>
        <translation>L’événement est copié dans cette base, qui doit être vide.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="276"/>
        <source>Cannot share the event</source>
        <translation>Impossible de partager l’événement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="437"/>
        <source>Read-only: this file is open elsewhere or cannot be written here. Nothing you change can be saved in it; File → Save a copy as… makes a copy to work on.</source>
        <translation>Lecture seule : ce fichier est ouvert ailleurs ou ne peut pas être modifié ici. Rien de ce que vous changez ne peut y être enregistré ; Fichier → Enregistrer une copie sous… en fait une copie sur laquelle travailler.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="503"/>
        <location filename="../../facilitateur/ui/main_window.py" line="559"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/about.py" line="14"/>
        <source>Facilitateur %1 — run a gathering from the podium, offline.</source>
        <translation>Facilitateur %1 — animer une rencontre depuis le pupitre, hors ligne.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/about.py" line="17"/>
        <source>Icons: Lucide (ISC licence).</source>
        <translation>Icônes : Lucide (licence ISC).</translation>
    </message>
</context>
<context>
    <name>Marketplace</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="37"/>
        <source>New topic — Enter adds it</source>
        <translation>Nouveau sujet — Entrée l’ajoute</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="39"/>
        <source>Convened by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="41"/>
        <source>Interest: dots on the marketplace</source>
        <translation>Intérêt : gommettes sur la place du marché</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="43"/>
        <source>Title of the new topic</source>
        <translation>Titre du nouveau sujet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="44"/>
        <source>Who convenes it</source>
        <translation>Qui l’anime</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="45"/>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="46"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="58"/>
        <source>Drag a topic onto the board, or select it and press Enter, then the arrows and Enter. Drag a card back here to take it off the board.</source>
        <translation>Glissez un sujet sur le tableau, ou sélectionnez-le et appuyez sur Entrée, puis les flèches et Entrée. Ramenez une carte ici pour la retirer du tableau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="92"/>
        <source>To place: %1 of %n topics</source>
        <translation>
            <numerusform>À placer : %1 sur %n sujet</numerusform>
            <numerusform>À placer : %1 sur %n sujets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="83"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="84"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="85"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="86"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="87"/>
        <source>&amp;Run</source>
        <translation>A&amp;nimer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="88"/>
        <source>&amp;Open Space</source>
        <translation>F&amp;orum ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="89"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="23"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="24"/>
        <source>Workshop report</source>
        <translation>Compte rendu d’atelier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="25"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="26"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="27"/>
        <source>Open Space topic</source>
        <translation>Sujet du forum ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="34"/>
        <source>Merge from %1</source>
        <translation>Fusionner depuis %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/merge_dialog.py" line="38"/>
        <source>%n new items will come in. These items were changed on both copies: tick those where the other copy&apos;s version should be kept (the more recent one is ticked).</source>
        <translation>
            <numerusform>%n nouvel élément va arriver. Ces éléments ont été modifiés sur les deux copies : cochez ceux dont il faut garder la version de l’autre copie (la plus récente est cochée).</numerusform>
            <numerusform>%n nouveaux éléments vont arriver. Ces éléments ont été modifiés sur les deux copies : cochez ceux dont il faut garder la version de l’autre copie (la plus récente est cochée).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="45"/>
        <source>Differences between the two files</source>
        <translation>Différences entre les deux fichiers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="47"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="47"/>
        <source>Ours</source>
        <translation>La nôtre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="47"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="47"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="61"/>
        <source>Merge two topics</source>
        <translation>Fusionner deux sujets</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="69"/>
        <source>The most similar titles first</source>
        <translation>Les titres les plus proches d’abord</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="73"/>
        <source>“%1” stays; the topic chosen joins it: both conveners, the interest added up, the descriptions joined. Ctrl+Z undoes the merge.</source>
        <translation>« %1 » reste ; le sujet choisi le rejoint : les deux animateur·rice·s, l’intérêt additionné, les descriptions réunies. Ctrl+Z annule la fusion.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="78"/>
        <source>Merge with</source>
        <translation>Fusionner avec</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="21"/>
        <source>Message to the speaker</source>
        <translation>Message à l’orateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="23"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="24"/>
        <source>e.g. Two minutes left (empty: no message)</source>
        <translation>ex. : Il reste 2 minutes (vide : aucun message)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="25"/>
        <source>Blink</source>
        <translation>Clignoter</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="30"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="35"/>
        <source>Shown on the stage display, under the timer.</source>
        <translation>Affiché sur l’écran de scène, sous le chrono.</translation>
    </message>
</context>
<context>
    <name>NextStepsTable</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="37"/>
        <source>Next step</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="37"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="37"/>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="52"/>
        <source>Tab: who, then by when, then a new step · Return ends the step · Del removes it</source>
        <translation>Tab : qui, puis pour quand, puis une nouvelle suite · Entrée termine la suite · Suppr la retire</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="148"/>
        <source>a next step for %1 has no text: it will not be kept</source>
        <translation>une suite pour %1 n’a pas de texte : elle ne sera pas gardée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="154"/>
        <source>“%1” is not a date: the step “%2” will have no deadline</source>
        <translation>« %1 » n’est pas une date : la suite « %2 » n’aura pas d’échéance</translation>
    </message>
</context>
<context>
    <name>NoteCapture</name>
    <message>
        <location filename="../../facilitateur/ui/run/note_capture.py" line="57"/>
        <source>Note — D: decision, A: action @who by %1, ? question, « quote (Ctrl+K, Esc)</source>
        <translation>Note — D: décision, A: action @qui avant le %1, ? question, « citation (Ctrl+K, Échap)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/note_capture.py" line="60"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/note_capture.py" line="62"/>
        <location filename="../../facilitateur/ui/run/note_capture.py" line="63"/>
        <source>Note-taker</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/note_capture.py" line="64"/>
        <source>Who writes the notes (remembered)</source>
        <translation>Qui prend les notes (retenu)</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="72"/>
        <source>Text of the note</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="75"/>
        <source>Select a note, or %1</source>
        <translation>Choisissez une note, ou %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="78"/>
        <source>Select a note in the list to edit it, or start a new one (%1). Bold, italic and lists are kept.</source>
        <translation>Choisissez une note dans la liste pour la modifier, ou commencez-en une nouvelle (%1). Le gras, l’italique et les listes sont conservés.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="85"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="86"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="87"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>NoteMenu</name>
    <message>
        <location filename="../../facilitateur/ui/notes/note_menu.py" line="30"/>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_menu.py" line="37"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_menu.py" line="38"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_menu.py" line="41"/>
        <source>Make public</source>
        <translation>Rendre publique</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_menu.py" line="41"/>
        <source>Make internal (moderator only)</source>
        <translation>Rendre interne (animateur seulement)</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="29"/>
        <source>When</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="30"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="31"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="32"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="33"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="34"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="35"/>
        <source>By</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="36"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="37"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="40"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="41"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="42"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="43"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="44"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="45"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="47"/>
        <source>internal</source>
        <translation>interne</translation>
    </message>
</context>
<context>
    <name>NotesScreen</name>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="85"/>
        <source>Search the notes (accents do not matter)</source>
        <translation>Rechercher dans les notes (accents ignorés)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="87"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="90"/>
        <source>All blocks</source>
        <translation>Tous les blocs</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="91"/>
        <source>All speakers</source>
        <translation>Tous les orateurs</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="92"/>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="93"/>
        <source>Public and internal</source>
        <translation>Publiques et internes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="94"/>
        <source>Public only</source>
        <translation>Publiques seulement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="95"/>
        <source>Internal only</source>
        <translation>Internes seulement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="97"/>
        <source>Kind of note</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="98"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="99"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="100"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="101"/>
        <source>Public or internal</source>
        <translation>Publique ou interne</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="112"/>
        <source>Search the notes</source>
        <translation>Chercher dans les notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="131"/>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="134"/>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="132"/>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="135"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="175"/>
        <source>Delete the note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="182"/>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="407"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="337"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="339"/>
        <source>Fold the editor away: the list takes its width</source>
        <translation>Replier l’éditeur : la liste prend sa largeur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="341"/>
        <source>Show the editor beside the list (Ctrl+Shift+N starts a note)</source>
        <translation>Afficher l’éditeur à côté de la liste (Ctrl+Maj+N commence une note)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="351"/>
        <source>Showing %1 of %n notes</source>
        <translation>
            <numerusform>Affichage : %1 sur %n note</numerusform>
            <numerusform>Affichage : %1 sur %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="355"/>
        <source>%n actions, %1 open</source>
        <translation>
            <numerusform>%n action, %1 à faire</numerusform>
            <numerusform>%n actions, %1 à faire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="417"/>
        <source>Note deleted — Ctrl+Z brings it back</source>
        <translation>Note supprimée — Ctrl+Z la rétablit</translation>
    </message>
</context>
<context>
    <name>OpenSpace</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/board_model.py" line="139"/>
        <location filename="../../facilitateur/ui/openspace/cards.py" line="43"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/board_model.py" line="43"/>
        <source>Convener: %1</source>
        <translation>Animé par : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="14"/>
        <source>report missing</source>
        <translation>compte rendu manquant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="15"/>
        <source>report in draft</source>
        <translation>compte rendu en brouillon</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="16"/>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="22"/>
        <source>report done</source>
        <translation>compte rendu terminé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="20"/>
        <source>no report yet</source>
        <translation>pas encore de compte rendu</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="21"/>
        <source>report in progress</source>
        <translation>compte rendu en cours</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="55"/>
        <source>%1 convenes two workshops at %2: %3</source>
        <translation>%1 anime deux ateliers à %2 : %3</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="58"/>
        <source>“%1”: more interested than seats (%2)</source>
        <translation>« %1 » : plus d’intéressé·e·s que de places (%2)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="61"/>
        <source>Two topics share one cell at %1: %2</source>
        <translation>Deux sujets partagent une case à %1 : %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="63"/>
        <source>“%1” is in a slot outside the Open Space hours (%2)</source>
        <translation>« %1 » est sur un créneau en dehors des horaires du Forum ouvert (%2)</translation>
    </message>
</context>
<context>
    <name>OpenSpaceScreen</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="123"/>
        <source>Rooms (Ins adds one, Del removes one) and slots</source>
        <translation>Les salles (Inser en ajoute une, Suppr en retire une) et les créneaux</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="126"/>
        <source>A whole board proposed, with what it improves; Enter applies it</source>
        <translation>Un tableau complet proposé, avec ce qu’il améliore ; Entrée l’applique</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="131"/>
        <source>The board on one A3 page, and beside it one A4 sign per room listing its workshops</source>
        <translation>Le tableau sur une page A3, et à côté une affiche A4 par salle avec ses ateliers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="134"/>
        <source>Each workshop in turn on the stage display</source>
        <translation>Chaque atelier à son tour sur l’écran de scène</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="164"/>
        <source>Marketplace and board</source>
        <translation>Place du marché et tableau</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="165"/>
        <source>Reports</source>
        <translation>Comptes rendus</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="166"/>
        <source>Report-back</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="167"/>
        <source>Convergence</source>
        <translation>Convergence</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/screen.py" line="264"/>
        <source>%n placed</source>
        <translation>
            <numerusform>%n placé</numerusform>
            <numerusform>%n placés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/screen.py" line="263"/>
        <source>%n topics</source>
        <translation>
            <numerusform>%n sujet</numerusform>
            <numerusform>%n sujets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="88"/>
        <source>Conflicts on the board</source>
        <translation>Conflits sur le tableau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/screen.py" line="265"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="266"/>
        <source>reports done: %1 of %2</source>
        <translation>comptes rendus terminés : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="292"/>
        <source>Moving “%1”: arrows to choose the cell, Enter to put it there (Shift+Enter: share the cell), Esc to cancel</source>
        <translation>Déplacement de « %1 » : flèches pour choisir la case, Entrée pour l’y mettre (Maj+Entrée : partager la case), Échap pour annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/screen.py" line="301"/>
        <source>⚠ %n conflicts — click one to find its topic</source>
        <translation>
            <numerusform>⚠ %n conflit — cliquez dessus pour trouver son sujet</numerusform>
            <numerusform>⚠ %n conflits — cliquez sur l’un d’eux pour trouver son sujet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="305"/>
        <source>Show fewer</source>
        <translation>En afficher moins</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="308"/>
        <source>Show all %1</source>
        <translation>Afficher les %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="349"/>
        <source>next field</source>
        <translation>champ suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="350"/>
        <source>a new line: one point, one proposal per line</source>
        <translation>nouvelle ligne : un point, une proposition par ligne</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="351"/>
        <source>a next step: what, Tab, who, Tab, by when</source>
        <translation>une suite : quoi, Tab, qui, Tab, pour quand</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="352"/>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="368"/>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="352"/>
        <source>removes the chosen step</source>
        <translation>retire la suite choisie</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="356"/>
        <source>on the stage display</source>
        <translation>sur l’écran de scène</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="357"/>
        <source>PgDown N →</source>
        <translation>PgSuiv N →</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="357"/>
        <source>next group</source>
        <translation>groupe suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="358"/>
        <source>PgUp P ←</source>
        <translation>PgPréc P ←</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="358"/>
        <source>previous</source>
        <translation>précédent</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="359"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="359"/>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="362"/>
        <source>a dot on the chosen proposal, or one back</source>
        <translation>une gommette sur la proposition choisie, ou une de moins</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="365"/>
        <source>pick up, put down</source>
        <translation>prendre, poser</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="366"/>
        <source>move</source>
        <translation>déplacer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="367"/>
        <source>share the cell</source>
        <translation>partager la case</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="368"/>
        <source>back to the list</source>
        <translation>renvoyer à la liste</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="369"/>
        <source>edit</source>
        <translation>modifier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="370"/>
        <source>dots</source>
        <translation>gommettes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="371"/>
        <source>pin</source>
        <translation>épingler</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="372"/>
        <source>merge</source>
        <translation>fusionner</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="374"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgSuiv</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="374"/>
        <source>next tab</source>
        <translation>onglet suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="411"/>
        <source>The suggestion needs rooms, slots and topics.</source>
        <translation>La proposition a besoin de salles, de créneaux et de sujets.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="420"/>
        <source>Suggested placement applied — Ctrl+Z undoes it</source>
        <translation>Placement proposé appliqué — Ctrl+Z l’annule</translation>
    </message>
</context>
<context>
    <name>ParserMessages</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="18"/>
        <source>no time for “%1”: set its start by hand</source>
        <translation>pas d’heure pour « %1 » : indiquez son début à la main</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="22"/>
        <source>“%1” starts before the previous block ends</source>
        <translation>« %1 » commence avant la fin du bloc précédent</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="26"/>
        <source>“%1” ends before it starts: its end is left out</source>
        <translation>« %1 » finit avant de commencer : sa fin est laissée de côté</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="30"/>
        <source>no schedule found: no line starts with a time such as 9h15 or 09:15</source>
        <translation>aucun horaire trouvé : aucune ligne ne commence par une heure comme 9h15 ou 09:15</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="36"/>
        <source>not text (binary content)</source>
        <translation>ce n’est pas du texte (contenu binaire)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="40"/>
        <source>cannot decode byte %1: not UTF-8 nor Windows-1252 text</source>
        <translation>octet %1 illisible : ni texte UTF-8 ni Windows-1252</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="46"/>
        <source>row without a title, skipped</source>
        <translation>ligne sans titre, ignorée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="48"/>
        <source>empty item, skipped</source>
        <translation>élément vide, ignoré</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="51"/>
        <source>speakers not understood: %1</source>
        <translation>intervenants non compris : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="53"/>
        <source>not a time: %1</source>
        <translation>ce n’est pas une heure : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="56"/>
        <source>no header row naming a title column (Titre, Title, Intitulé …) and a time column</source>
        <translation>aucune ligne d’en-tête ne nomme une colonne de titre (Titre, Intitulé…) et une colonne d’horaire</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="63"/>
        <source>the table has a header but no programme rows</source>
        <translation>le tableau a un en-tête mais aucune ligne de programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="65"/>
        <source>not valid JSON (%1)</source>
        <translation>JSON invalide (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="68"/>
        <source>larger than %1 MB: not a programme</source>
        <translation>plus de %1 Mo : ce n’est pas un programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="70"/>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="73"/>
        <source>not a readable xlsx workbook (%1)</source>
        <translation>pas un classeur xlsx lisible (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="77"/>
        <source>the workbook unpacks to %1 MB, more than a programme holds: save the programme’s own sheet alone</source>
        <translation>le classeur fait %1 Mo une fois décompressé, bien plus qu’un programme : enregistrez la feuille du programme seule</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="84"/>
        <source>the workbook has no sheet</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="88"/>
        <source>the first sheet has more than %1 cells, more than a programme holds</source>
        <translation>la première feuille a plus de %1 cellules, bien plus qu’un programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="94"/>
        <source>not a programme: nested more than %1 levels deep</source>
        <translation>pas un programme : imbriqué sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="79"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="82"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="86"/>
        <location filename="../../facilitateur/ui/preferences.py" line="98"/>
        <location filename="../../facilitateur/ui/preferences.py" line="167"/>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="88"/>
        <source>e.g. Julie Martin</source>
        <translation>p. ex. Julie Martin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="89"/>
        <location filename="../../facilitateur/ui/preferences.py" line="99"/>
        <source>Note-taker’s name</source>
        <translation>Nom du rapporteur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="91"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="93"/>
        <location filename="../../facilitateur/ui/preferences.py" line="100"/>
        <source>Speaking time of a new event</source>
        <translation>Temps de parole d’un nouvel événement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="94"/>
        <source>Pulsing border in overtime</source>
        <translation>Bordure clignotante en dépassement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="103"/>
        <source>The name goes with every note you take. An event&apos;s own speaking time is set in Prepare (event details).</source>
        <translation>Le nom accompagne chaque note que vous prenez. Le temps de parole propre à un événement se règle dans Préparer (détails de l’événement).</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="108"/>
        <source>Stage display</source>
        <translation>Écran de scène</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="113"/>
        <source>The digits stay still; the border pulses red while time is over.</source>
        <translation>Les chiffres restent immobiles ; la bordure clignote en rouge tant que le temps est dépassé.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="174"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="178"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>PrepareScreen</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="252"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="296"/>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="337"/>
        <source>%n blocks</source>
        <translation>
            <numerusform>%n bloc</numerusform>
            <numerusform>%n blocs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="346"/>
        <source>%n overlaps</source>
        <translation>
            <numerusform>%n chevauchement</numerusform>
            <numerusform>%n chevauchements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="347"/>
        <source>%n gaps</source>
        <translation>
            <numerusform>%n trou</numerusform>
            <numerusform>%n trous</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="338"/>
        <source>%1 planned</source>
        <translation>%1 prévues</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="341"/>
        <source>day %1</source>
        <translation>journée %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="348"/>
        <source>%n to check</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="415"/>
        <source>New block</source>
        <translation>Nouveau bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="429"/>
        <source>New segment</source>
        <translation>Nouvelle séquence</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="438"/>
        <source>Delete “%1” with its segments and speakers?</source>
        <translation>Supprimer « %1 » avec ses séquences et ses intervenants ?</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="442"/>
        <source>Delete the block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="447"/>
        <source>“%1” deleted — Ctrl+Z brings it back</source>
        <translation>« %1 » supprimé — Ctrl+Z le rétablit</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="398"/>
        <source>Programme imported — Ctrl+Z undoes the import</source>
        <translation>Programme importé — Ctrl+Z annule l’import</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="489"/>
        <source>Remove this day and all its blocks? (Ctrl+Z brings it back)</source>
        <translation>Supprimer ce jour et tous ses blocs ? (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="493"/>
        <source>Remove this day</source>
        <translation>Supprimer ce jour</translation>
    </message>
</context>
<context>
    <name>ProgrammeRules</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="43"/>
        <source>A line that starts with a time</source>
        <translation>Une ligne qui commence par une heure</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="44"/>
        <source>A row of a table (cells between tabs or “|”, or on their own lines)</source>
        <translation>Une ligne de tableau (cases séparées par des tabulations ou des « | », ou chacune sur sa ligne)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="47"/>
        <source>Times alone on a line, the title on the next one</source>
        <translation>Des heures seules sur une ligne, le titre sur la suivante</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="50"/>
        <source>A title followed by its times (“Opening: 10am - 10:30am”)</source>
        <translation>Un titre suivi de ses heures (« Ouverture : 10h - 10h30 »)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="53"/>
        <source>A line without a time, placed between the timed blocks around it</source>
        <translation>Une ligne sans heure, placée entre les blocs horodatés qui l’entourent</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="56"/>
        <source>A row of the table, columns by their header</source>
        <translation>Une ligne du tableau, colonnes reconnues par leur en-tête</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="59"/>
        <source>Added by hand</source>
        <translation>Ajouté à la main</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="62"/>
        <source>Kind from the words “%1”</source>
        <translation>Type d’après les mots « %1 »</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="63"/>
        <source>Kind from the table’s kind column</source>
        <translation>Type d’après la colonne Type du tableau</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="64"/>
        <source>Kind: several speakers and a moderator make a panel</source>
        <translation>Type : plusieurs intervenants et un modérateur font une table ronde</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="67"/>
        <source>Kind from the words “%1” of its part</source>
        <translation>Type d’après les mots « %1 » de sa séquence</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="68"/>
        <source>Kind: no word says it; with several parts under it, a plenary</source>
        <translation>Type : aucun mot ne le dit ; avec plusieurs séquences, une plénière</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="71"/>
        <source>Kind: no word says it and someone speaks, a talk</source>
        <translation>Type : aucun mot ne le dit et quelqu’un intervient, une intervention</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="74"/>
        <source>Kind: no word says it and nobody is named, another kind</source>
        <translation>Type : aucun mot ne le dit et personne n’est nommé, autre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="77"/>
        <source>Kind: no word says it, between two talks, a talk</source>
        <translation>Type : aucun mot ne le dit, entre deux interventions, une intervention</translation>
    </message>
</context>
<context>
    <name>ProgrammeTree</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="123"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="124"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="125"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="126"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="127"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="138"/>
        <source>The agenda read</source>
        <translation>Le programme lu</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="166"/>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="181"/>
        <source>12-hour clock</source>
        <translation>Heures sur 12 h</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="185"/>
        <source>Ticked: times without am/pm are read on a 12-hour clock (1:30 after 12:30 is 13:30). Unticked: they are read as written.</source>
        <translation>Coché : les heures sans am/pm sont lues sur 12 heures (1:30 après 12:30 donne 13:30). Décoché : elles sont lues telles qu’écrites.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="229"/>
        <source>End inferred from the next block</source>
        <translation>Fin déduite du bloc suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="240"/>
        <source>Edit: names separated by “;”, e.g. Name (Organisation), role</source>
        <translation>Modifier : noms séparés par « ; », par exemple Nom (Organisation), fonction</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="258"/>
        <source>There is no day to add a block to</source>
        <translation>Il n’y a pas de journée où ajouter un bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="292"/>
        <source>Select the block of this speaker in the agenda first</source>
        <translation>Choisissez d’abord le bloc de cet intervenant dans le programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="369"/>
        <source>A block needs a title</source>
        <translation>Un bloc doit avoir un titre</translation>
    </message>
</context>
<context>
    <name>QtEvent</name>
    <message>
        <location filename="../../facilitateur/ui/qt_event.py" line="96"/>
        <location filename="../../facilitateur/ui/qt_event.py" line="160"/>
        <location filename="../../facilitateur/ui/qt_event.py" line="211"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/qt_event.py" line="244"/>
        <source>Note kept on this laptop: saved when the connection returns</source>
        <translation>Note gardée sur ce portable : enregistrée au retour de la connexion</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/qt_event.py" line="247"/>
        <source>Note saved</source>
        <translation>Note enregistrée</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="20"/>
        <source>Nothing of this change was written and the file is as it was; what you typed stays on screen. Free some space (or fix the cause), then go on.</source>
        <translation>Rien de cette modification n’a été écrit et le fichier est resté tel quel ; ce que vous avez saisi reste à l’écran. Libérez de la place (ou réglez la cause), puis continuez.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="25"/>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path} : illisible ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="26"/>
        <source>{path}: not a Facilitateur event file (not an SQLite database)</source>
        <translation>{path} : ce n’est pas un fichier d’événement Facilitateur (pas une base SQLite)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="29"/>
        <source>{path}: not a Facilitateur event file</source>
        <translation>{path} : ce n’est pas un fichier d’événement Facilitateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="30"/>
        <source>{path}: damaged or not an event file ({why})</source>
        <translation>{path} : endommagé, ou ce n’est pas un fichier d’événement ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="31"/>
        <source>{path}: made by a newer version of Facilitateur (schema {revision}; this version, {version}, reads up to schema {head}); update the application to open it</source>
        <translation>{path} : créé par une version plus récente de Facilitateur (schéma {revision} ; cette version, {version}, lit jusqu’au schéma {head}) ; mettez l’application à jour pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="35"/>
        <source>{path}: holds code ({name}), which Facilitateur never puts in a file; refused, as it would run inside the file</source>
        <translation>{path} : contient du code ({name}), ce que Facilitateur ne met jamais dans un fichier ; refusé, car il s’exécuterait dans le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="39"/>
        <source>{path}: the field {field} holds {size} characters, more than Facilitateur ever writes; refused</source>
        <translation>{path} : le champ {field} contient {size} caractères, plus que Facilitateur n’en écrit jamais ; refusé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="43"/>
        <source>{path}: damaged, its content cannot be shown ({why})</source>
        <translation>{path} : endommagé, son contenu ne peut pas être affiché ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="46"/>
        <source>{path}: the event&apos;s time zone “{zone}” is not one this computer knows; refused</source>
        <translation>{path} : le fuseau horaire de l’événement, « {zone} », n’est pas connu de cet ordinateur ; refusé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="50"/>
        <source>Unknown time zone “{zone}”</source>
        <translation>Fuseau horaire inconnu : « {zone} »</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="51"/>
        <source>{path}: empty (0 bytes), not an event</source>
        <translation>{path} : vide (0 octet), ce n’est pas un événement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="52"/>
        <source>{path}: no such file</source>
        <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="53"/>
        <source>{path}: read-only and of an older format; copy it to a folder you can write to, then open the copy (it will be updated)</source>
        <translation>{path} : en lecture seule et d’un format plus ancien ; copiez-le dans un dossier où vous pouvez écrire, puis ouvrez la copie (elle sera mise à jour)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="57"/>
        <source>{path}: cannot create the folder ({why})</source>
        <translation>{path} : impossible de créer le dossier ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="58"/>
        <source>{path}: cannot be opened ({why})</source>
        <translation>{path} : impossible de l’ouvrir ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="59"/>
        <source>{path}: cannot be updated to the new format ({why}); it is left as it was, and a copy was kept in {backup}</source>
        <translation>{path} : impossible de le mettre au nouveau format ({why}) ; il est laissé tel quel, et une copie a été gardée dans {backup}</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="63"/>
        <source>{path}: open in another Facilitateur window (on this computer or another session of it). Close it there first, or open a copy (File → Save a copy as, there).</source>
        <translation>{path} : ouvert dans une autre fenêtre de Facilitateur (sur cet ordinateur ou dans une autre session). Fermez-le d’abord là-bas, ou ouvrez une copie (Fichier → Enregistrer une copie sous, là-bas).</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="67"/>
        <source>{path}: opened read-only, nothing can be saved in it. File → Save a copy as… makes a copy you can work on.</source>
        <translation>{path} : ouvert en lecture seule, rien ne peut y être enregistré. Fichier → Enregistrer une copie sous… crée une copie sur laquelle travailler.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="71"/>
        <source>{path}: this is the open event file itself (or a file kept beside it); writing there would replace it. Choose another name.</source>
        <translation>{path} : c’est le fichier de l’événement ouvert (ou un fichier gardé à côté de lui) ; écrire là le remplacerait. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="75"/>
        <source>{path}: not saved, the disk is full.</source>
        <translation>{path} : non enregistré, le disque est plein.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="76"/>
        <source>{path}: not saved, the disk is full or the device failed.</source>
        <translation>{path} : non enregistré, le disque est plein ou le support a lâché.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="79"/>
        <source>{path}: not saved, the file is read-only.</source>
        <translation>{path} : non enregistré, le fichier est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="80"/>
        <source>{path}: not saved, it cannot be written ({why}).</source>
        <translation>{path} : non enregistré, impossible d’y écrire ({why}).</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="83"/>
        <source>{path}: not saved, the file is damaged ({why}). Nothing of this change was written. Restore its latest good backup: File → Restore a backup.</source>
        <translation>{path} : non enregistré, le fichier est endommagé ({why}). Rien de cette modification n’a été écrit. Restaurez sa dernière bonne sauvegarde : Fichier → Restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="87"/>
        <source>{path}: damaged ({why}); some of what it holds may be missing from the screens and the exports. Restore its latest good backup (File → Restore a backup).</source>
        <translation>{path} : endommagé ({why}) ; une partie de son contenu peut manquer aux écrans et aux exports. Restaurez sa dernière bonne sauvegarde (Fichier → Restaurer une sauvegarde).</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="91"/>
        <source>{path}: damaged ({why}); nothing was exported, so that nothing is left out without a word. Restore its latest good backup (File → Restore a backup) and export that.</source>
        <translation>{path} : endommagé ({why}) ; rien n’a été exporté, pour que rien ne soit omis sans le dire. Restaurez sa dernière bonne sauvegarde (Fichier → Restaurer une sauvegarde) et exportez-la.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="95"/>
        <source>This text holds a character that is not text (an unpaired surrogate): nothing was saved</source>
        <translation>Ce texte contient un caractère qui n’en est pas un (un demi-caractère isolé) : rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="99"/>
        <source>Nobody named “{name}” in this event</source>
        <translation>Personne ne s’appelle « {name} » dans cet événement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="100"/>
        <source>The event has no agenda yet</source>
        <translation>L’événement n’a pas encore de programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="101"/>
        <source>“{title}” is already running</source>
        <translation>« {title} » est déjà en cours</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="102"/>
        <source>Every block of the day has ended</source>
        <translation>Tous les blocs de la journée sont terminés</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="103"/>
        <source>No block is running</source>
        <translation>Aucun bloc n’est en cours</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="104"/>
        <source>No block is paused</source>
        <translation>Aucun bloc n’est en pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="105"/>
        <source>No block is under way (Space starts one)</source>
        <translation>Aucun bloc n’est en cours (Espace en démarre un)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="108"/>
        <source>This is the first block of the day</source>
        <translation>C’est le premier bloc de la journée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="109"/>
        <source>“{name}” must be more than 0</source>
        <translation>« {name} » doit être supérieur à 0</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="110"/>
        <source>There is already a room named “{name}”</source>
        <translation>Il existe déjà une salle nommée « {name} »</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="111"/>
        <source>“{name}” has workshops on the board: send them back to the list first, or use Remove the room (they go back to the list)</source>
        <translation>« {name} » a des ateliers sur le tableau : renvoyez-les d’abord à la liste, ou utilisez Retirer la salle (ils retournent dans la liste)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="115"/>
        <source>A slot must end after it starts ({slot})</source>
        <translation>Un créneau doit finir après avoir commencé ({slot})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="118"/>
        <source>{slot} overlaps the slot {other}</source>
        <translation>{slot} chevauche le créneau {other}</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="119"/>
        <source>Give the start and the end: the day has no Open Space block with times in the agenda</source>
        <translation>Indiquez le début et la fin : la journée n’a pas de bloc Forum ouvert avec des horaires dans le programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="123"/>
        <source>No slot of {minutes} min fits between {start} and {end}</source>
        <translation>Aucun créneau de {minutes} min ne tient entre {start} et {end}</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="126"/>
        <source>Both topics already have a report; merge them before the workshops</source>
        <translation>Les deux sujets ont déjà un compte rendu ; fusionnez-les avant les ateliers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="129"/>
        <source>The list of speakers is empty</source>
        <translation>La liste des intervenants est vide</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="130"/>
        <source>Nobody has the floor</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="131"/>
        <source>Nobody has spoken yet in this block</source>
        <translation>Personne n’a encore parlé dans ce bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="132"/>
        <source>PgUp: no PgDn step left to undo</source>
        <translation>PgPréc : plus aucun PgSuiv à annuler</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="133"/>
        <source>PgUp cannot undo the last PgDn exactly: the timers were moved since by another key (Space, E, S …). Ctrl+Z undoes the last action.</source>
        <translation>PgPréc ne peut pas annuler exactement le dernier PgSuiv : les chronos ont été modifiés depuis par une autre touche (Espace, E, S …). Ctrl+Z annule la dernière action.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="137"/>
        <source>“{title}” has notes; move or delete them first</source>
        <translation>« {title} » a des notes ; déplacez-les ou supprimez-les d’abord</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="140"/>
        <source>The synthesis could not be laid out: in the section “{section}” (page {page}), something is larger than a page. No file was written; export it again without that section.</source>
        <translation>La synthèse n’a pas pu être mise en page : dans la section « {section} » (page {page}), un élément est plus grand qu’une page. Aucun fichier n’a été écrit ; exportez-la de nouveau sans cette section.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="145"/>
        <source>{path}: not a shared event&apos;s address ({why})</source>
        <translation>{path} : ce n’est pas l’adresse d’un événement partagé ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="148"/>
        <source>{path}: the server asks for a password, or refused the one given ({why})</source>
        <translation>{path} : le serveur demande un mot de passe, ou a refusé celui donné ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="151"/>
        <source>{path}: the server has no such database ({why})</source>
        <translation>{path} : le serveur n’a pas cette base de données ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="154"/>
        <source>{path}: the server cannot be reached ({why}). Check the network and the server&apos;s address.</source>
        <translation>{path} : le serveur est injoignable ({why}). Vérifiez le réseau et l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="158"/>
        <source>{path}: this database holds other tables, not a Facilitateur event; use a database of its own for each event</source>
        <translation>{path} : cette base contient d’autres tables, pas un événement Facilitateur ; utilisez une base à part pour chaque événement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="162"/>
        <source>{path}: the database is not empty; copy the event into a new, empty database (one database per event)</source>
        <translation>{path} : la base n’est pas vide ; copiez l’événement dans une nouvelle base vide (une base par événement)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="166"/>
        <source>Connection to the shared event lost — what you type is kept, and saved when the connection returns.</source>
        <translation>Connexion à l’événement partagé perdue — ce que vous tapez est gardé, et enregistré au retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="170"/>
        <source>{path}: not saved, the server refused it ({why}). Nothing of this change was kept.</source>
        <translation>{path} : non enregistré, le serveur l’a refusé ({why}). Rien de cette modification n’a été gardé.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="174"/>
        <source>{who} changed this since you read it; nothing was saved over their change.</source>
        <translation>{who} l’a modifié depuis que vous l’avez lu ; rien n’a été enregistré par-dessus sa modification.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="178"/>
        <source>Not undone: {who} changed the same items since your command; nothing was changed.</source>
        <translation>Non annulé : {who} a modifié les mêmes éléments depuis votre commande ; rien n’a été changé.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="182"/>
        <source>Not redone: {who} changed the same items since; nothing was changed.</source>
        <translation>Non rétabli : {who} a modifié les mêmes éléments depuis ; rien n’a été changé.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="186"/>
        <source>The podium is held by {who}: their keys drive the timers. Run → Take the podium hands it to this laptop.</source>
        <translation>Le pupitre est tenu par {who} : ses touches pilotent les chronos. Animer → Prendre la main sur le pupitre le donne à ce portable.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="190"/>
        <source>This laptop already holds the podium</source>
        <translation>Ce portable tient déjà le pupitre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="192"/>
        <source>This command was refused: its arguments are not valid (a script or a file written by hand?). Nothing was changed.</source>
        <translation>Cette commande a été refusée : ses arguments ne sont pas valides (un script ou un fichier écrit à la main ?). Rien n’a été changé.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="196"/>
        <source>Unknown command “{name}”</source>
        <translation>Commande inconnue « {name} »</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="197"/>
        <source>The file refused this change, which breaks one of its rules; nothing was changed.</source>
        <translation>Le fichier a refusé cette modification, qui enfreint une de ses règles ; rien n’a été changé.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="201"/>
        <source>This item no longer exists: it was removed, perhaps on another laptop. Nothing was changed.</source>
        <translation>Cet élément n’existe plus : il a été supprimé, peut-être sur un autre portable. Rien n’a été changé.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="205"/>
        <source>“{ref}” names nothing in this event</source>
        <translation>« {ref} » ne désigne rien dans cet événement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="206"/>
        <source>“{ref}” names several items: name it by its number (#N)</source>
        <translation>« {ref} » désigne plusieurs éléments : désignez-le par son numéro (#N)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="209"/>
        <source>The event has no day yet</source>
        <translation>L’événement n’a pas encore de journée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="210"/>
        <source>A number or a duration may not be negative here</source>
        <translation>Un nombre ou une durée ne peut pas être négatif ici</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="213"/>
        <source>The position must be between 1 and {last}</source>
        <translation>La position doit être comprise entre 1 et {last}</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="214"/>
        <source>The day ends before it starts</source>
        <translation>La journée finit avant de commencer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="215"/>
        <source>A block needs a title</source>
        <translation>Un bloc doit avoir un titre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="216"/>
        <source>“{title}” ends before it starts</source>
        <translation>« {title} » finit avant de commencer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="217"/>
        <source>“{title}” has an end but no start: give its start first</source>
        <translation>« {title} » a une fin mais pas de début : indiquez d’abord son début</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="220"/>
        <source>A segment cannot have segments of its own</source>
        <translation>Une séquence ne peut pas avoir ses propres séquences</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="223"/>
        <source>A block with segments cannot become a segment</source>
        <translation>Un bloc qui a des séquences ne peut pas devenir une séquence</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="226"/>
        <source>This pushes “{title}” past midnight</source>
        <translation>Cela repousse « {title} » après minuit</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="227"/>
        <source>The programme is too large to import</source>
        <translation>Le programme est trop grand pour être importé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="230"/>
        <source>The programme could not be read (line {line}); nothing was imported</source>
        <translation>Le programme n’a pas pu être lu (ligne {line}) ; rien n’a été importé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="233"/>
        <source>A room needs a name</source>
        <translation>Une salle doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="234"/>
        <source>A slot lasts between 5 and 600 minutes</source>
        <translation>Un créneau dure entre 5 et 600 minutes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="235"/>
        <source>The gap between slots is between 0 and 240 minutes</source>
        <translation>L’intervalle entre deux créneaux est compris entre 0 et 240 minutes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="238"/>
        <source>A topic needs a title</source>
        <translation>Un sujet doit avoir un titre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="239"/>
        <source>The topic “{title}” was merged into another</source>
        <translation>Le sujet « {title} » a été fusionné avec un autre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="242"/>
        <source>A topic cannot be merged with itself</source>
        <translation>Un sujet ne peut pas être fusionné avec lui-même</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="243"/>
        <source>“{title}” is not on the board: place it before pinning it</source>
        <translation>« {title} » n’est pas sur le tableau : placez-le avant de l’épingler</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="246"/>
        <source>The suggestion moves a pinned topic</source>
        <translation>La proposition déplace un sujet épinglé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="247"/>
        <source>A note needs some text</source>
        <translation>Une note doit avoir un texte</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="248"/>
        <source>Only an action has a status</source>
        <translation>Seule une action a un statut</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="249"/>
        <source>“{name}” is not on the list of “{title}”</source>
        <translation>« {name} » n’est pas dans la liste de « {title} »</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="250"/>
        <source>A speaker who has already spoken stays on the list</source>
        <translation>Une personne qui a déjà parlé reste dans la liste</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="253"/>
        <source>No block is under way or to come</source>
        <translation>Aucun bloc en cours ni à venir</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="254"/>
        <source>Nobody is waiting to speak</source>
        <translation>Personne n’attend pour parler</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="255"/>
        <source>“{name}” is not waiting to speak</source>
        <translation>« {name} » n’attend pas pour parler</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="256"/>
        <source>No speaker is paused</source>
        <translation>Aucune prise de parole n’est en pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="257"/>
        <source>Timers run on blocks, not on segments</source>
        <translation>Les chronos tournent sur les blocs, pas sur leurs séquences</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="258"/>
        <source>Adding or taking away no time changes nothing</source>
        <translation>Ajouter ou retirer zéro minute ne change rien</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="261"/>
        <source>The day of {date} has not begun and is not today: there is nothing to re-plan against today&apos;s clock</source>
        <translation>La journée du {date} n’a pas commencé et n’est pas aujourd’hui : rien à replanifier d’après l’heure d’aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="265"/>
        <source>This day was run on {date}, not today: there is nothing to re-plan against today&apos;s clock</source>
        <translation>Cette journée a été animée le {date}, pas aujourd’hui : rien à replanifier d’après l’heure d’aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/refusals.py" line="332"/>
        <source>%n rows of the table %1 refer to what is gone</source>
        <translation>
            <numerusform>%n ligne de la table « %1 » renvoie à ce qui n’existe plus</numerusform>
            <numerusform>%n lignes de la table « %1 » renvoient à ce qui n’existe plus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="336"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="41"/>
        <source>Re-plan the day</source>
        <translation>Replanifier la journée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="51"/>
        <source>Shift the rest</source>
        <translation>Décaler la suite</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="52"/>
        <source>Absorb into breaks and meals</source>
        <translation>Absorber sur les pauses et repas</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="53"/>
        <source>Fit the next blocks (shorter or longer)</source>
        <translation>Ajuster les blocs suivants (raccourcir ou allonger)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="62"/>
        <source>Shortest break</source>
        <translation>Pause la plus courte</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="67"/>
        <source>The blocks, now and proposed</source>
        <translation>Les blocs, maintenant et proposés</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="69"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="69"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="69"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="76"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="106"/>
        <source>The day of %1 has not begun and is not today: there is nothing to re-plan against today&apos;s clock. Once a block is started (a rehearsal), the day is timed as it runs.</source>
        <translation>La journée du %1 n’a pas commencé et n’est pas aujourd’hui : rien à replanifier d’après l’heure actuelle. Dès qu’un bloc est lancé (une répétition), la journée est chronométrée telle qu’elle se déroule.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="113"/>
        <source>This day was run on %1, not today: there is nothing to re-plan against today&apos;s clock.</source>
        <translation>Cette journée a été animée le %1, pas aujourd’hui : rien à replanifier d’après l’heure d’aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="120"/>
        <source>The day is at %1. Choose how to re-plan the blocks still to come:</source>
        <translation>La journée est à %1. Choisissez comment replanifier les blocs à venir :</translation>
    </message>
</context>
<context>
    <name>ReportBack</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="68"/>
        <source>Report-back</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="102"/>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="103"/>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="140"/>
        <source>Time per group</source>
        <translation>Temps par groupe</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="104"/>
        <source>Previous (PgUp)</source>
        <translation>Précédent (PgPréc)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="105"/>
        <source>The previous group (PgUp, ←, P)</source>
        <translation>Le groupe précédent (PgPréc, ←, P)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="107"/>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="337"/>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="109"/>
        <source>Pause or resume the group&apos;s timer (Space)</source>
        <translation>Mettre en pause ou reprendre le chrono du groupe (Espace)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="111"/>
        <source>Next group (PgDown)</source>
        <translation>Groupe suivant (PgSuiv)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="114"/>
        <source>The next group, its timer started (PgDown, →, N)</source>
        <translation>Le groupe suivant, son chrono lancé (PgSuiv, →, N)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="116"/>
        <source>On the stage display (F5)</source>
        <translation>Sur l’écran de scène (F5)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="121"/>
        <source>The report-back on the stage display; F5 again takes the display away</source>
        <translation>La restitution sur l’écran de scène ; F5 à nouveau retire l’écran</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="241"/>
        <source>That was the last group.</source>
        <translation>C’était le dernier groupe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="306"/>
        <source>%n workshops to report back</source>
        <translation>
            <numerusform>%n atelier à restituer</numerusform>
            <numerusform>%n ateliers à restituer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="307"/>
        <source>Press Next (PgDown) to call the first group</source>
        <translation>Appuyez sur Suivant (PgSuiv) pour appeler le premier groupe</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="319"/>
        <source>Report-back %1/%2</source>
        <translation>Restitution %1/%2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="324"/>
        <source>Convened by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="326"/>
        <source>(no key points in the report yet)</source>
        <translation>(pas encore de points clés dans le compte rendu)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="337"/>
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="93"/>
        <source>Optional: the participants&apos; names, separated by commas</source>
        <translation>Facultatif : les noms des participant·e·s, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="102"/>
        <source>One proposal per line (voted on at the convergence)</source>
        <translation>Une proposition par ligne (votée à la convergence)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="90"/>
        <source>How many took part</source>
        <translation>Combien ont participé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="98"/>
        <source>What was said, one point per line (Tab: next field)</source>
        <translation>Ce qui a été dit, un point par ligne (Tab : champ suivant)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="111"/>
        <source>Add a next step</source>
        <translation>Ajouter une suite</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="114"/>
        <source>A new next step, typed at once: what, Tab, who, Tab, by when (%1)</source>
        <translation>Une nouvelle suite, à taper aussitôt : quoi, Tab, qui, Tab, pour quand (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="124"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="125"/>
        <source>Remove the chosen next step (Del)</source>
        <translation>Retirer la suite choisie (Suppr)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="142"/>
        <source>Note-taker</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="145"/>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="149"/>
        <source>Convener</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="146"/>
        <source>Number of participants</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="147"/>
        <source>Participants&apos; names</source>
        <translation>Noms des participants</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="153"/>
        <source>Participants</source>
        <translation>Participant·e·s</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="154"/>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="155"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="156"/>
        <source>Next steps</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="161"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="195"/>
        <source>Mark the report as done anyway?</source>
        <translation>Marquer quand même le compte rendu comme terminé ?</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="197"/>
        <source>Next steps to finish</source>
        <translation>Suites à compléter</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="240"/>
        <source>Choose a workshop on the left</source>
        <translation>Choisissez un atelier à gauche</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/reports_tab.py" line="41"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/reports_tab.py" line="93"/>
        <source>Reports in: %1</source>
        <translation>Comptes rendus : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/reports_tab.py" line="97"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/reports_tab.py" line="98"/>
        <source>%n in draft</source>
        <translation>
            <numerusform>%n en brouillon</numerusform>
            <numerusform>%n en brouillon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/reports_tab.py" line="99"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="27"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="31"/>
        <source>A snapshot of the file is kept every 5 minutes while it changes, and before an import, a merge, a re-plan or an applied suggestion (the last 20). The one you choose is restored into a new file; the open file is not touched.</source>
        <translation>Une copie du fichier est faite toutes les 5 minutes tant qu’il change, et avant un import, une fusion, une replanification ou un placement proposé (les 20 dernières sont gardées). Celle que vous choisissez est restaurée dans un nouveau fichier ; le fichier ouvert n’est pas modifié.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="36"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="38"/>
        <source>Taken at</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="38"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="38"/>
        <source>Blocks run</source>
        <translation>Blocs animés</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="38"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="47"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="66"/>
        <source>Restore into a new file…</source>
        <translation>Restaurer dans un nouveau fichier…</translation>
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="231"/>
        <source>Nothing to run yet: the agenda is empty.</source>
        <translation>Rien à animer pour l’instant : le programme est vide.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="235"/>
        <source>Prepare the agenda</source>
        <translation>Préparer le programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/run_screen.py" line="87"/>
        <source>Podium</source>
        <translation>Pupitre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/run_screen.py" line="247"/>
        <source>%1 has already spoken %n times (limit %2)</source>
        <translation>
            <numerusform>%1 a déjà parlé %n fois (limite %2)</numerusform>
            <numerusform>%1 a déjà parlé %n fois (limite %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/run_screen.py" line="251"/>
        <source>%1 not kept: %2 stays as on file (%3)</source>
        <translation>%1 non retenu : %2 reste tel qu’enregistré (%3)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/run_screen.py" line="252"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/run_screen.py" line="268"/>
        <source>No block to attach the note to</source>
        <translation>Aucun bloc auquel rattacher la note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="112"/>
        <source>Day: %1</source>
        <translation>Journée : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="115"/>
        <source>Ends ≈ %1</source>
        <translation>Fin ≈ %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="128"/>
        <source>The day is over</source>
        <translation>La journée est terminée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="137"/>
        <source>Ended at %1 — Ctrl+E writes the synthesis</source>
        <translation>Terminée à %1 — Ctrl+E rédige la synthèse</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="173"/>
        <source>Next: %1  %2</source>
        <translation>Ensuite : %1  %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="181"/>
        <source>On stage: “%1”</source>
        <translation>Sur scène : « %1 »</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="189"/>
        <source>[stage blacked out — B]</source>
        <translation>[écran de scène noir — B]</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="257"/>
        <source>PgUp</source>
        <translation>PgPréc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="258"/>
        <source>undo the last next</source>
        <translation>annuler le dernier suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/run_screen.py" line="326"/>
        <source>The computer&apos;s clock jumped by %1 min (sleep or clock change). Times are counted from the clock: check the timer.</source>
        <translation>L’horloge de l’ordinateur a sauté de %1 min (veille ou changement d’heure). Les temps sont comptés d’après l’horloge : vérifiez le chrono.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="102"/>
        <source>Day of %1</source>
        <translation>Journée du %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="108"/>
        <source>Planned end %1</source>
        <translation>Fin prévue %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="122"/>
        <source>planned %1</source>
        <translation>prévue %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="220"/>
        <source>taken up again at %1 (before: %2)</source>
        <translation>repris à %1 (avant : %2)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="249"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="250"/>
        <source>start / pause</source>
        <translation>démarrer / pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="253"/>
        <source>PgDn</source>
        <translation>PgSuiv</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="254"/>
        <source>next</source>
        <translation>suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="260"/>
        <source>end</source>
        <translation>terminer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="261"/>
        <source>one minute</source>
        <translation>une minute</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="262"/>
        <source>blackout</source>
        <translation>écran noir</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="263"/>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="264"/>
        <source>stage display</source>
        <translation>écran de scène</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="266"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="267"/>
        <source>close it</source>
        <translation>le fermer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="269"/>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
</context>
<context>
    <name>RunTexts</name>
    <message>
        <location filename="../../facilitateur/ui/run/texts.py" line="38"/>
        <source>Not started — Space starts</source>
        <translation>Pas commencé — Espace pour démarrer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/texts.py" line="40"/>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/texts.py" line="42"/>
        <source>OVERTIME</source>
        <translation>DÉPASSEMENT</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/texts.py" line="44"/>
        <source>%1 min left</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/texts.py" line="75"/>
        <source>on time</source>
        <translation>à l’heure</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/texts.py" line="80"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/texts.py" line="81"/>
        <source>−%n days</source>
        <translation>
            <numerusform>−%n jour</numerusform>
            <numerusform>−%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="130"/>
        <source>Rooms and slots</source>
        <translation>Salles et créneaux</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="137"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="137"/>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="137"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="145"/>
        <source>Type over a cell to change it; Tab goes to the next one · Ins adds a room · Del removes a room without workshops</source>
        <translation>Tapez sur une case pour la changer ; Tab passe à la suivante · Inser ajoute une salle · Suppr retire une salle sans atelier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="151"/>
        <source>Add a room</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="152"/>
        <source>Add a room (Ins), its name ready to type</source>
        <translation>Ajouter une salle (Inser), son nom prêt à taper</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="156"/>
        <source>Remove the room</source>
        <translation>Retirer la salle</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="159"/>
        <source>Remove the chosen room; its workshops go back to the list (Ctrl+Z undoes it)</source>
        <translation>Retirer la salle choisie ; ses ateliers retournent dans la liste (Ctrl+Z l’annule)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="180"/>
        <source>Time kept before the slots, from the block&apos;s start</source>
        <translation>Temps gardé avant les créneaux, depuis le début du bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="182"/>
        <source>Time kept after the slots, until the block&apos;s end</source>
        <translation>Temps gardé après les créneaux, jusqu’à la fin du bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="186"/>
        <source>A time as you like: 14h30, 1430 or 14:30</source>
        <translation>Une heure comme vous voulez : 14h30, 1430 ou 14:30</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="189"/>
        <source>Minutes between two slots, to move between rooms</source>
        <translation>Minutes entre deux créneaux, pour changer de salle</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="190"/>
        <source>replacing the day&apos;s slots</source>
        <translation>en remplaçant ceux du jour</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="192"/>
        <source>The topics placed in the slots removed go back to the list (Ctrl+Z undoes it)</source>
        <translation>Les sujets placés sur les créneaux retirés reviennent dans la liste (Ctrl+Z l’annule)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="195"/>
        <source>Generate the slots</source>
        <translation>Créer les créneaux</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="199"/>
        <source>Remove the slot</source>
        <translation>Retirer le créneau</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="200"/>
        <source>Its workshops go back to the list (Ctrl+Z undoes it)</source>
        <translation>Ses ateliers retournent dans la liste (Ctrl+Z l’annule)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="203"/>
        <source>Rooms (the board&apos;s columns)</source>
        <translation>Salles (les colonnes du tableau)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="212"/>
        <source>Slots (the board&apos;s rows)</source>
        <translation>Créneaux (les lignes du tableau)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="220"/>
        <source>Opening circle and marketplace</source>
        <translation>Cercle d’ouverture et place du marché</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="221"/>
        <source>Report-back</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="228"/>
        <source>Workshops from</source>
        <translation>Ateliers de</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="371"/>
        <source>Open Space block of the agenda: %1</source>
        <translation>Bloc Forum ouvert du programme : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="429"/>
        <source>%n slots: %1</source>
        <translation>
            <numerusform>%n créneau : %1</numerusform>
            <numerusform>%n créneaux : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="377"/>
        <source>The day has no Open Space block with times: give the workshops&apos; hours</source>
        <translation>La journée n’a pas de bloc Forum ouvert avec des horaires : indiquez les heures des ateliers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="415"/>
        <source>“%1” is not a time of day (e.g. 9:15 or 14h30)</source>
        <translation>« %1 » n’est pas une heure (par ex. 9:15 ou 14h30)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="423"/>
        <source>No slot of %1 min fits between %2 and %3</source>
        <translation>Aucun créneau de %1 min ne tient entre %2 et %3</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="434"/>
        <source>report-back from %1 to %2</source>
        <translation>restitution de %1 à %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="229"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="230"/>
        <source>slots of</source>
        <translation>créneaux de</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="231"/>
        <source>gap</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="281"/>
        <source>outside the Open Space hours</source>
        <translation>en dehors des horaires du Forum ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="329"/>
        <source>Not a number of seats: write 40</source>
        <translation>Pas un nombre de places : écrivez 40</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="339"/>
        <source>Room %1</source>
        <translation>Salle %1</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="95"/>
        <source>share of speaking time</source>
        <translation>part du temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="96"/>
        <source>share of turns</source>
        <translation>part des prises de parole</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="28"/>
        <location filename="../../facilitateur/ui/help_dialog.py" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="32"/>
        <source>Search an action, a menu or a key (e.g. note, Ctrl+K)</source>
        <translation>Chercher une action, un menu ou une touche (ex. note, Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="35"/>
        <source>Search a shortcut</source>
        <translation>Chercher un raccourci</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="37"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="37"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="37"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="62"/>
        <source>Capturing notes (Ctrl+K at the podium): &lt;b&gt;D:&lt;/b&gt; decision · &lt;b&gt;A:&lt;/b&gt; action, with &lt;b&gt;@who&lt;/b&gt; and a deadline (&lt;i&gt;by %1&lt;/i&gt;, &lt;i&gt;by March 1&lt;/i&gt;, &lt;i&gt;next Friday&lt;/i&gt;, &lt;i&gt;in two weeks&lt;/i&gt;) · &lt;b&gt;?&lt;/b&gt; question · &lt;b&gt;«&lt;/b&gt; or &lt;b&gt;&quot;&lt;/b&gt; quote · &lt;b&gt;I:&lt;/b&gt; idea · anything else is a note. Esc gives the keyboard back to the podium.</source>
        <translation>Saisie des notes (Ctrl+K à l’animation) : &lt;b&gt;D:&lt;/b&gt; décision · &lt;b&gt;A:&lt;/b&gt; action, avec &lt;b&gt;@qui&lt;/b&gt; et une échéance (&lt;i&gt;avant le %1&lt;/i&gt;, &lt;i&gt;pour le 1er mars&lt;/i&gt;, &lt;i&gt;vendredi&lt;/i&gt;, &lt;i&gt;dans 15 jours&lt;/i&gt;) · &lt;b&gt;?&lt;/b&gt; question · &lt;b&gt;«&lt;/b&gt; ou &lt;b&gt;&quot;&lt;/b&gt; citation · &lt;b&gt;I:&lt;/b&gt; idée · le reste est une note. Échap rend le clavier à l’animation.</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="39"/>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="40"/>
        <source>Businesses</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="41"/>
        <source>Local authorities</source>
        <translation>Collectivités</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="118"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="140"/>
        <source>Add: Name (organisation), role</source>
        <translation>Ajouter : Nom (organisation), rôle</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="141"/>
        <source>Add a speaker</source>
        <translation>Ajouter un orateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="144"/>
        <source>Add a speaker from the floor: Name (organisation), role, then Enter.
Start with ! for a point of order (at the top of the list), ? for a question, &gt; for a reply (right after the person speaking).
Ctrl+L comes here; Enter gives the keys back to the podium.</source>
        <translation>Ajouter une prise de parole de la salle : Nom (organisation), rôle, puis Entrée.
Commencer par ! pour une motion d’ordre (en tête de liste), ? pour une question, &gt; pour une réponse (juste après la personne qui parle).
Ctrl+L vient ici ; Entrée rend les touches au pupitre.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="156"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="159"/>
        <source>Category of a new person (the day&apos;s “worlds”)</source>
        <translation>Catégorie d’une nouvelle personne (les « mondes » de la journée)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="160"/>
        <source>Category of a new person</source>
        <translation>Catégorie d’une nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="200"/>
        <source>point of order</source>
        <translation>motion d’ordre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="201"/>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="202"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="214"/>
        <source>has not spoken yet today</source>
        <translation>n’a pas encore parlé aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="216"/>
        <source>%n turns already</source>
        <translation>
            <numerusform>déjà %n prise de parole</numerusform>
            <numerusform>déjà %n prises de parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="224"/>
        <source>%n spoke</source>
        <translation>
            <numerusform>%n a parlé</numerusform>
            <numerusform>%n ont parlé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="225"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="228"/>
        <source>★ has not spoken yet today</source>
        <translation>★ n’a pas encore parlé aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="248"/>
        <source>Nobody has the floor</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="250"/>
        <source>S gives the floor to the next speaker</source>
        <translation>S donne la parole au suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="258"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
</context>
<context>
    <name>SpeakingDialog</name>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="40"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="41"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="42"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="43"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="44"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %3</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="128"/>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="133"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="134"/>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="172"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="135"/>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="173"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="136"/>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="153"/>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="175"/>
        <source>Turns</source>
        <translation>Prises de parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="137"/>
        <source>First spoke in</source>
        <translation>Première prise de parole</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="149"/>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="150"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="151"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="152"/>
        <source>Longest</source>
        <translation>La plus longue</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="168"/>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="180"/>
        <source>(no category)</source>
        <translation>(sans catégorie)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="174"/>
        <source>Share of time</source>
        <translation>Part du temps</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="176"/>
        <source>Share of turns</source>
        <translation>Part des prises</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="194"/>
        <source>Per person</source>
        <translation>Par personne</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="195"/>
        <source>Per block</source>
        <translation>Par bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="196"/>
        <source>Per category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="199"/>
        <source>%1, %2 of speaking time, %3.</source>
        <translation>%1, %2 de temps de parole, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="200"/>
        <source>%n turns</source>
        <translation>
            <numerusform>%n prise de parole</numerusform>
            <numerusform>%n prises de parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="202"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="227"/>
        <source>Speaking time: %1</source>
        <translation>Temps de parole : %1</translation>
    </message>
</context>
<context>
    <name>StageControl</name>
    <message>
        <location filename="../../facilitateur/ui/run/stage_control.py" line="26"/>
        <source>Screen %1</source>
        <translation>Écran %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/stage_control.py" line="50"/>
        <source>The screen the stage display goes to (F5)</source>
        <translation>L’écran où s’affiche l’écran de scène (F5)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/stage_control.py" line="54"/>
        <source>Stage display (F5)</source>
        <translation>Écran de scène (F5)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/stage_control.py" line="162"/>
        <source>A second screen is connected: %1. F5 shows the stage display on it, full screen.</source>
        <translation>Un second écran est branché : %1. F5 y affiche l’écran de scène, en plein écran.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/stage_control.py" line="173"/>
        <source>The stage display&apos;s screen (%1) was disconnected: the stage display is closed. F5 opens it again.</source>
        <translation>L’écran qui portait l’écran de scène (%1) a été débranché : l’écran de scène est fermé. F5 le rouvre.</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <location filename="../../facilitateur/ui/run/stage_window.py" line="39"/>
        <source>Stage display — Facilitateur</source>
        <translation>Écran de scène — Facilitateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/stage_window.py" line="192"/>
        <source>Begins at %1</source>
        <translation>Début à %1</translation>
    </message>
</context>
<context>
    <name>StepTexts</name>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="16"/>
        <source>PgDn → give the floor to %1</source>
        <translation>PgSuiv → donner la parole à %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="17"/>
        <source>PgDn → end %1’s turn (nobody waits)</source>
        <translation>PgSuiv → fin de l’intervention de %1 (personne n’attend)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="18"/>
        <source>PgDn → next block: %1</source>
        <translation>PgSuiv → bloc suivant : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="19"/>
        <source>PgDn → end “%1”, the last block</source>
        <translation>PgSuiv → terminer « %1 », le dernier bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="20"/>
        <source>PgDn → start “%1”</source>
        <translation>PgSuiv → démarrer « %1 »</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="21"/>
        <source>PgDn → nothing: the day is over</source>
        <translation>PgSuiv → rien : la journée est finie</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="24"/>
        <source>PgUp → undo: %1’s turn started</source>
        <translation>PgPréc → annuler : début de l’intervention de %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="25"/>
        <source>PgUp → undo: %1’s turn ended</source>
        <translation>PgPréc → annuler : fin de l’intervention de %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="26"/>
        <source>PgUp → undo: “%1” started</source>
        <translation>PgPréc → annuler : début de « %1 »</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="27"/>
        <source>PgUp → undo: “%1” ended</source>
        <translation>PgPréc → annuler : fin de « %1 »</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="30"/>
        <source>the note</source>
        <translation>la note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="31"/>
        <source>the note-taker’s name</source>
        <translation>le nom du rapporteur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="32"/>
        <source>the speaker to add</source>
        <translation>l’intervenant à ajouter</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="50"/>
        <source>PgUp → nothing to undo</source>
        <translation>PgPréc → rien à annuler</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="53"/>
        <source>PgUp → cannot undo: the timers moved since (Ctrl+Z undoes)</source>
        <translation>PgPréc → impossible d’annuler : les chronos ont bougé depuis (Ctrl+Z annule)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="62"/>
        <source>a field</source>
        <translation>un champ</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="64"/>
        <source>⌨ Typing in %1: letters and Space type here, PgDn/PgUp still drive the podium. Enter or Esc gives the keys back.</source>
        <translation>⌨ Saisie dans %1 : lettres et Espace s’écrivent ici, PgSuiv/PgPréc pilotent toujours le pupitre. Entrée ou Échap rend les touches.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="75"/>
        <source>✓ Saved as: %1</source>
        <translation>✓ Enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="77"/>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="80"/>
        <source>by %1</source>
        <translation>avant le %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="82"/>
        <source>no deadline</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="84"/>
        <source>nobody named (@who)</source>
        <translation>personne de désigné (@qui)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="86"/>
        <source>%1 — “%2”</source>
        <translation>%1 — « %2 »</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="40"/>
        <source>Suggested placement</source>
        <translation>Placement proposé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="44"/>
        <source>Keep the cards already on the board (place only the others)</source>
        <translation>Garder les cartes déjà posées sur le tableau (placer seulement les autres)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="51"/>
        <source>Ticked, every card on the board stays exactly where it is, even one in conflict; untick it to let the suggestion move them</source>
        <translation>Coché, chaque carte du tableau reste exactement où elle est, même en conflit ; décochez pour que la proposition puisse les déplacer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="56"/>
        <source>Offer workshops in every slot (spread evenly)</source>
        <translation>Des ateliers dans chaque créneau (répartis également)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="59"/>
        <source>Unticked: the earliest slots are filled first</source>
        <translation>Décoché : les premiers créneaux sont remplis d’abord</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="64"/>
        <source>Suggested board</source>
        <translation>Tableau proposé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="83"/>
        <source>Apply this board (Enter); Ctrl+Z undoes it</source>
        <translation>Appliquer ce tableau (Entrée) ; Ctrl+Z l’annule</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="110"/>
        <source>Most-wanted topics in the largest rooms, popular topics at different times, nobody convening two workshops at once; pinned cards stay.</source>
        <translation>Les sujets les plus demandés dans les plus grandes salles, les sujets populaires à des heures différentes, personne n’anime deux ateliers à la fois ; les cartes épinglées restent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="132"/>
        <source>%n topics placed</source>
        <translation>
            <numerusform>%n sujet placé</numerusform>
            <numerusform>%n sujets placés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="138"/>
        <source>Interest seated: %1 of %n dots (now %2)</source>
        <translation>
            <numerusform>Intérêt servi : %1 sur %n gommette (actuellement %2)</numerusform>
            <numerusform>Intérêt servi : %1 sur %n gommettes (actuellement %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="143"/>
        <source>%n conflicts removed</source>
        <translation>
            <numerusform>%n conflit résolu</numerusform>
            <numerusform>%n conflits résolus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="145"/>
        <source>%n conflicts left on the board</source>
        <translation>
            <numerusform>%n conflit reste sur le tableau</numerusform>
            <numerusform>%n conflits restent sur le tableau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="158"/>
        <source>%n cards moved, shaded below</source>
        <translation>
            <numerusform>%n carte déplacée, en couleur ci-dessous</numerusform>
            <numerusform>%n cartes déplacées, en couleur ci-dessous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="162"/>
        <source>%n topics stay in the list: no cell free for them</source>
        <translation>
            <numerusform>%n sujet reste dans la liste : aucune case libre pour lui</numerusform>
            <numerusform>%n sujets restent dans la liste : aucune case libre pour eux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="134"/>
        <source>(now %1)</source>
        <translation>(actuellement %1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="148"/>
        <source>(untick “Keep the cards already on the board” to let the suggestion mend them)</source>
        <translation>(décochez « Garder les cartes déjà posées sur le tableau » pour que la proposition les résolve)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="153"/>
        <source>Workshops per slot: %1 (now %2)</source>
        <translation>Ateliers par créneau : %1 (actuellement %2)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="166"/>
        <source>The board as it is cannot be improved: Apply changes nothing.</source>
        <translation>Le tableau tel qu’il est ne peut pas être amélioré : Appliquer ne change rien.</translation>
    </message>
</context>
<context>
    <name>TakeUpDialog</name>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="31"/>
        <source>Take up a block again</source>
        <translation>Reprendre un bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="34"/>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="47"/>
        <source>ran %1</source>
        <translation>passé %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="47"/>
        <source>not run yet</source>
        <translation>pas encore passé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="60"/>
        <source>Take it up now</source>
        <translation>Reprendre maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="68"/>
        <source>The block under way ends; the one chosen runs again from now, as a second interval (its first one is kept). PgUp would rather undo the last PgDn.</source>
        <translation>Le bloc en cours se termine ; celui choisi reprend dès maintenant, pour une seconde période (la première est conservée). PgPréc, lui, annule le dernier PgSuiv.</translation>
    </message>
</context>
<context>
    <name>TopicBar</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="40"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="41"/>
        <source>+1 dot</source>
        <translation>+1 gommette</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="42"/>
        <source>−1 dot</source>
        <translation>−1 gommette</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="43"/>
        <source>Pin / unpin</source>
        <translation>Épingler / désépingler</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="44"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="45"/>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="46"/>
        <source>Withdraw</source>
        <translation>Retirer le sujet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="54"/>
        <source>Back to the list (Del on the board)</source>
        <translation>Renvoyer à la liste (Suppr sur le tableau)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="56"/>
        <source>Withdraw the topic from the marketplace (Ctrl+Z brings it back)</source>
        <translation>Retirer le sujet de la place du marché (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="75"/>
        <source>Only a card on the board can be pinned.</source>
        <translation>Seule une carte posée sur le tableau peut être épinglée.</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="27"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="30"/>
        <source>Several: Anne Martin, Paul Roux</source>
        <translation>Plusieurs : Anne Martin, Paul Roux</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="35"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="36"/>
        <source>Convened by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="37"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="38"/>
        <source>Interest (dots)</source>
        <translation>Intérêt (gommettes)</translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/board_view.py" line="133"/>
        <source>Topics to place</source>
        <translation>Sujets à placer</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="86"/>
        <source>Run your gathering from the podium, offline, and write its synthesis the same evening.</source>
        <translation>Animez votre rencontre depuis le pupitre, hors ligne, et rédigez sa synthèse le soir même.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="203"/>
        <source>New empty event</source>
        <translation>Nouvel événement vide</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="206"/>
        <source>Open an event file…</source>
        <translation>Ouvrir un fichier d’événement…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="213"/>
        <source>Connect to a shared event…</source>
        <translation>Se connecter à un événement partagé…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="108"/>
        <location filename="../../facilitateur/ui/welcome.py" line="113"/>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="31"/>
        <source>Prepare: the agenda, its speakers, the rooms</source>
        <translation>Préparer : le programme, ses intervenants, les salles</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="34"/>
        <source>Run the day from the podium: Space starts and pauses</source>
        <translation>Animer la journée depuis le pupitre : Espace lance et met en pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="38"/>
        <source>The clicker: next speaker or next block, and back (undone exactly)</source>
        <translation>La télécommande : orateur ou bloc suivant, et retour (annulé à l’identique)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="42"/>
        <source>The timer on the stage display, for the speakers</source>
        <translation>Le chrono sur l’écran de scène, pour les orateurs</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="45"/>
        <source>Notes: decisions, actions, quotes, typed as they come</source>
        <translation>Notes : décisions, actions, citations, saisies au fil de l’eau</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="49"/>
        <source>Open Space: topics, the board, workshop reports, the dots</source>
        <translation>Forum ouvert : sujets, tableau, comptes rendus d’ateliers, gommettes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="53"/>
        <source>The synthesis in PDF, the same evening</source>
        <translation>La synthèse en PDF, le soir même</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="124"/>
        <source>None yet. The sample day, as run, shows every screen filled in: the podium, the notes, the speaking times, the Open Space and the synthesis.</source>
        <translation>Aucun pour l’instant. La journée exemple déjà animée montre chaque écran rempli : le pupitre, les notes, les temps de parole, le forum ouvert et la synthèse.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="189"/>
        <source>Open the sample day, already run</source>
        <translation>Ouvrir la journée exemple, déjà animée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="191"/>
        <source>The reference day of 2016 as it was run: speakers, notes, Open Space, synthesis</source>
        <translation>La journée de référence de 2016 telle qu’elle s’est déroulée : orateurs, notes, forum ouvert, synthèse</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="198"/>
        <source>Open the sample day, prepared</source>
        <translation>Ouvrir la journée exemple, préparée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="199"/>
        <source>Its programme ready to run: to try the podium and the clicker</source>
        <translation>Son programme prêt à animer : pour essayer le pupitre et la télécommande</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="242"/>
        <source>%1   —   shared, on %2</source>
        <translation>%1   —   partagé, sur %2</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="84"/>
        <source>every 5 minutes</source>
        <translation>toutes les 5 minutes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="85"/>
        <source>before importing a programme</source>
        <translation>avant l’import d’un programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="86"/>
        <source>before a merge</source>
        <translation>avant une fusion</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="87"/>
        <source>before re-planning</source>
        <translation>avant une replanification</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="88"/>
        <source>before a suggested placement</source>
        <translation>avant un placement proposé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="93"/>
        <source>before updating the file&apos;s format</source>
        <translation>avant la mise à jour du format du fichier</translation>
    </message>
</context>
</TS>
