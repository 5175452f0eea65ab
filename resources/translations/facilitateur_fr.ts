<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="61" />
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="64" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="68" />
        <source>Open the sample day</source>
        <translation>Ouvrir la journée exemple</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="74" />
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="79" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="80" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="83" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="90" />
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="97" />
        <source>Add a block</source>
        <translation>Ajouter un bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="105" />
        <source>Add a segment</source>
        <translation>Ajouter une séquence</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="113" />
        <source>Delete the block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="121" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="129" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="137" />
        <source>Make a segment of the block above</source>
        <translation>En faire une séquence du bloc au-dessus</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="145" />
        <source>Make a block of its own</source>
        <translation>En faire un bloc à part entière</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="152" />
        <source>Add a day</source>
        <translation>Ajouter un jour</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="154" />
        <source>Remove this day</source>
        <translation>Supprimer ce jour</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="157" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="162" />
        <source>About Facilitateur</source>
        <translation>À propos de Facilitateur</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="45" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="46" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="47" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="48" />
        <source>Fixed</source>
        <translation>Fixe</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="49" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="50" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="51" />
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="118" />
        <source>Overlaps the previous block by %1</source>
        <translation>Chevauche le bloc précédent de %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="120" />
        <source>%1 free before this block</source>
        <translation>%1 libres avant ce bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="122" />
        <source>No start time</source>
        <translation>Pas d’heure de début</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="124" />
        <source>Ends before it starts</source>
        <translation>Finit avant de commencer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="126" />
        <source>Outside the day's hours</source>
        <translation>En dehors des heures de la journée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="236" />
        <source>End inferred from the next block</source>
        <translation>Fin déduite du bloc suivant</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="238" />
        <source>Fixed start: this block does not move when the day is re-planned</source>
        <translation>Début fixe : ce bloc ne bouge pas quand la journée est replanifiée</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="291" />
        <source>Set a start time first</source>
        <translation>Indiquez d’abord une heure de début</translation>
    </message>
</context>
<context>
    <name>BlockDetails</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_details.py" line="26" />
        <source>Select a block to see its details.</source>
        <translation>Sélectionnez un bloc pour voir son détail.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_details.py" line="38" />
        <source>Speakers:</source>
        <translation>Intervenants :</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="50" />
        <source>Name of the gathering</source>
        <translation>Nom de la rencontre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="51" />
        <source>Place and address</source>
        <translation>Lieu et adresse</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="53" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="55" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="56" />
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="57" />
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="58" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="62" />
        <source>Warning / danger</source>
        <translation>Alerte / danger</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="63" />
        <source>The timer turns amber this many minutes before the end</source>
        <translation>Le chrono passe à l’orange ce nombre de minutes avant la fin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="64" />
        <source>The timer turns red this many minutes before the end</source>
        <translation>Le chrono passe au rouge ce nombre de minutes avant la fin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="68" />
        <source>e.g. Tuesday morning</source>
        <translation>ex. : mardi matin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="71" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="73" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="74" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="78" />
        <source>Opens / closes</source>
        <translation>Ouverture / clôture</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../facilitateur/ui/interaction.py" line="10" />
        <source>Event files (*.facil);;All files (*)</source>
        <translation>Fichiers d’événement (*.facil);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="10" />
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="11" />
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="12" />
        <source>Talk</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="13" />
        <source>Round table</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="14" />
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="15" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="16" />
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="17" />
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="18" />
        <source>Open Space</source>
        <translation>Forum ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="19" />
        <source>Report-back</source>
        <translation>Restitution</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="20" />
        <source>Questions and answers</source>
        <translation>Questions-réponses</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="21" />
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="22" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="46" />
        <source>Open recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="94" />
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="124" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="131" />
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="136" />
        <source>File updated to the new format; the old one was copied to %1</source>
        <translation>Fichier mis au nouveau format ; l’ancien a été copié dans %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="166" />
        <source>Cannot create the file</source>
        <translation>Impossible de créer le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="167" />
        <source>%1 already exists; open it with File → Open.</source>
        <translation>%1 existe déjà ; ouvrez-le avec Fichier → Ouvrir.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="190" />
        <source>Cannot save the copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="192" />
        <source>Copy saved: %1</source>
        <translation>Copie enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="231" />
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="254" />
        <source>Facilitateur %1 — run a gathering from the podium, offline.</source>
        <translation>Facilitateur %1 — animer une rencontre depuis le pupitre, hors ligne.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="258" />
        <source>Icons: Lucide (ISC licence).</source>
        <translation>Icônes : Lucide (licence ISC).</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="40" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="41" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="42" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="43" />
        <source>&amp;Agenda</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/actions.py" line="44" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>PrepareScreen</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="134" />
        <source>This day has no agenda yet</source>
        <translation>Cette journée n’a pas encore de programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="139" />
        <source>Add the blocks of the day one by one, or start from the sample day.</source>
        <translation>Ajoutez les blocs de la journée un à un, ou partez de la journée exemple.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="142" />
        <source>Add the first block</source>
        <translation>Ajouter le premier bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="145" />
        <source>Open the sample day</source>
        <translation>Ouvrir la journée exemple</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="174" />
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="216" />
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="257" />
        <source>%n block(s)</source>
        <translation><numerusform>%n bloc</numerusform><numerusform>%n blocs</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="258" />
        <source>%1 planned</source>
        <translation>%1 prévues</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="261" />
        <source>day %1</source>
        <translation>journée %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="266" />
        <source>%n overlap(s)</source>
        <translation><numerusform>%n chevauchement</numerusform><numerusform>%n chevauchements</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="267" />
        <source>%n gap(s)</source>
        <translation><numerusform>%n trou</numerusform><numerusform>%n trous</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="268" />
        <source>%n to check</source>
        <translation><numerusform>%n à vérifier</numerusform><numerusform>%n à vérifier</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="317" />
        <source>New block</source>
        <translation>Nouveau bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="337" />
        <source>New segment</source>
        <translation>Nouvelle séquence</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="346" />
        <source>Delete “%1” with its segments and speakers?</source>
        <translation>Supprimer « %1 » avec ses séquences et ses intervenants ?</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="349" />
        <source>Delete the block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="353" />
        <source>“%1” deleted — Ctrl+Z brings it back</source>
        <translation>« %1 » supprimé — Ctrl+Z le rétablit</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="398" />
        <source>Remove this day and all its blocks? (Ctrl+Z brings it back)</source>
        <translation>Supprimer ce jour et tous ses blocs ? (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="399" />
        <source>Remove this day</source>
        <translation>Supprimer ce jour</translation>
    </message>
</context>
<context>
    <name>QtEvent</name>
    <message>
        <location filename="../../facilitateur/ui/qt_event.py" line="33" />
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="21" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="24" />
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="24" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="24" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="37" />
        <source>Run your gathering from the podium, offline, and write its synthesis the same evening.</source>
        <translation>Animez votre rencontre depuis le pupitre, hors ligne, et rédigez sa synthèse le soir même.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="44" />
        <source>Open the sample day</source>
        <translation>Ouvrir la journée exemple</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="45" />
        <source>New empty event</source>
        <translation>Nouvel événement vide</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="46" />
        <source>Open an event file…</source>
        <translation>Ouvrir un fichier d’événement…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="54" />
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
</context>
</TS>