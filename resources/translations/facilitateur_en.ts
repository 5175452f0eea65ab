<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="11"/>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="14"/>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="18"/>
        <source>Open the sample day, prepared</source>
        <translation>Open the sample day, prepared</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="24"/>
        <source>Open the sample day, already run</source>
        <translation>Open the sample day, already run</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="30"/>
        <source>Connect to a shared event…</source>
        <translation>Connect to a shared event…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="36"/>
        <source>Save a copy as…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="43"/>
        <source>Share this event on a server…</source>
        <translation>Share this event on a server…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="48"/>
        <source>Merge from another copy…</source>
        <translation>Merge from another copy…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="52"/>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="58"/>
        <source>Export the synthesis (PDF)…</source>
        <translation>Export the synthesis (PDF)…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="65"/>
        <source>Export the speaking turns (CSV)…</source>
        <translation>Export the speaking turns (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="71"/>
        <source>Export the actions (CSV)…</source>
        <translation>Export the actions (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="77"/>
        <source>Export the programme (iCalendar)…</source>
        <translation>Export the programme (iCalendar)…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="81"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="82"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="85"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="92"/>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="99"/>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="105"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="109"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="116"/>
        <source>Open Space</source>
        <translation>Open Space</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="123"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="130"/>
        <source>Import a programme…</source>
        <translation>Import a programme…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="138"/>
        <source>Add a block</source>
        <translation>Add a block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="146"/>
        <source>Add a segment</source>
        <translation>Add a segment</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="154"/>
        <source>Delete the block</source>
        <translation>Delete the block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="162"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="170"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="178"/>
        <source>Make a segment of the block above</source>
        <translation>Make a segment of the block above</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="186"/>
        <source>Make a block of its own</source>
        <translation>Make a block of its own</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="193"/>
        <source>Add a day</source>
        <translation>Add a day</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="195"/>
        <source>Remove this day</source>
        <translation>Remove this day</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="222"/>
        <source>Print the board and the room signs (PDF)…</source>
        <translation>Print the board and the room signs (PDF)…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="11"/>
        <source>Start / pause</source>
        <translation>Start / pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="19"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="27"/>
        <source>Back: undo the last Next</source>
        <translation>Back: undo the last Next</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="35"/>
        <source>Take up a block again…</source>
        <translation>Take up a block again…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="43"/>
        <source>End the block</source>
        <translation>End the block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="51"/>
        <source>One minute more</source>
        <translation>One minute more</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="59"/>
        <source>One minute less</source>
        <translation>One minute less</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="67"/>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="75"/>
        <source>Message to the speaker…</source>
        <translation>Message to the speaker…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="83"/>
        <source>Take the podium</source>
        <translation>Take the podium</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="89"/>
        <source>Re-plan the day…</source>
        <translation>Re-plan the day…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="96"/>
        <source>Next speaker</source>
        <translation>Next speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="104"/>
        <source>The speaker has finished</source>
        <translation>The speaker has finished</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="112"/>
        <source>Pause / resume the speaker</source>
        <translation>Pause / resume the speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="120"/>
        <source>Give the last speaker the floor again</source>
        <translation>Give the last speaker the floor again</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="128"/>
        <source>Add a speaker</source>
        <translation>Add a speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="136"/>
        <source>Move the speaker up</source>
        <translation>Move the speaker up</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="144"/>
        <source>Move the speaker down</source>
        <translation>Move the speaker down</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="152"/>
        <source>Take the speaker off the list</source>
        <translation>Take the speaker off the list</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="160"/>
        <source>Capture a note</source>
        <translation>Capture a note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="167"/>
        <source>Speaking time…</source>
        <translation>Speaking time…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="174"/>
        <source>Show the podium and the stage display</source>
        <translation>Show the podium and the stage display</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="181"/>
        <source>Close the stage display, or leave full screen</source>
        <translation>Close the stage display, or leave full screen</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run_action_specs.py" line="188"/>
        <source>Pulsing border on the stage in overtime</source>
        <translation>Pulsing border on the stage in overtime</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="201"/>
        <source>Rooms and slots…</source>
        <translation>Rooms and slots…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="208"/>
        <source>Suggest a placement…</source>
        <translation>Suggest a placement…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="215"/>
        <source>Report-back</source>
        <translation>Report-back</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="228"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="235"/>
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_specs.py" line="239"/>
        <source>About Facilitateur</source>
        <translation>About Facilitateur</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="50"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="51"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="52"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="53"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="54"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="55"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="56"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="53"/>
        <source>Overlaps the previous block by %1</source>
        <translation>Overlaps the previous block by %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="56"/>
        <source>%1 free before this block</source>
        <translation>%1 free before this block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="60"/>
        <source>No start time</source>
        <translation>No start time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="62"/>
        <source>Ends before it starts</source>
        <translation>Ends before it starts</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="64"/>
        <source>Outside the day&apos;s hours</source>
        <translation>Outside the day&apos;s hours</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="69"/>
        <source>“%1” is not a time of day (e.g. 9:15 or 14h30)</source>
        <translation>“%1” is not a time of day (e.g. 9:15 or 14h30)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_nodes.py" line="75"/>
        <source>“%1” is not a duration in minutes (e.g. 45 or 1h30)</source>
        <translation>“%1” is not a duration in minutes (e.g. 45 or 1h30)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="192"/>
        <source>End inferred from the next block</source>
        <translation>End inferred from the next block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="195"/>
        <source>Fixed start: this block does not move when the day is re-planned</source>
        <translation>Fixed start: this block does not move when the day is re-planned</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_model.py" line="250"/>
        <source>Set a start time first</source>
        <translation>Set a start time first</translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/agenda_view.py" line="82"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="67"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="117"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="118"/>
        <source>No backup of this file yet: one is taken every 5 minutes while it changes.</source>
        <translation>No backup of this file yet: one is taken every 5 minutes while it changes.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="130"/>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="135"/>
        <source>%1

The file is left as it is. Restore its latest good backup (%2) into a new file and open it?</source>
        <translation>%1

The file is left as it is. Restore its latest good backup (%2) into a new file and open it?</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="156"/>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/backup_actions.py" line="160"/>
        <source>Backup restored into %1</source>
        <translation>Backup restored into %1</translation>
    </message>
</context>
<context>
    <name>BlockDetails</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_details.py" line="20"/>
        <source>Details of the block</source>
        <translation>Details of the block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_details.py" line="27"/>
        <source>Select a block to see its details.</source>
        <translation>Select a block to see its details.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_details.py" line="41"/>
        <source>Speakers:</source>
        <translation>Speakers:</translation>
    </message>
</context>
<context>
    <name>BlockTimerSettings</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="32"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="33"/>
        <source>Elapsed time</source>
        <translation>Elapsed time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="34"/>
        <source>Time to the planned end</source>
        <translation>Time to the planned end</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="44"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="46"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="47"/>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="45"/>
        <source>Speaking time</source>
        <translation>Speaking time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/block_timer.py" line="95"/>
        <source>default (%1 min)</source>
        <translation>default (%1 min)</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/board_model.py" line="47"/>
        <source>%n interested</source>
        <translation>
            <numerusform>%n interested</numerusform>
            <numerusform>%n interested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/board_model.py" line="120"/>
        <source>%n seats</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/board_view.py" line="39"/>
        <source>Board: rooms and slots</source>
        <translation>Board: rooms and slots</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="12"/>
        <source>mark an action open or done</source>
        <translation>mark an action open or done</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="13"/>
        <source>re-plan the agenda</source>
        <translation>re-plan the agenda</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="14"/>
        <source>add a block</source>
        <translation>add a block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="15"/>
        <source>move a block</source>
        <translation>move a block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="16"/>
        <source>delete a block</source>
        <translation>delete a block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="17"/>
        <source>change a block</source>
        <translation>change a block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="18"/>
        <source>add a day</source>
        <translation>add a day</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="19"/>
        <source>delete a day</source>
        <translation>delete a day</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="20"/>
        <source>change a day</source>
        <translation>change a day</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="21"/>
        <source>change the event</source>
        <translation>change the event</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="22"/>
        <source>merge another copy</source>
        <translation>merge another copy</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="23"/>
        <source>add a note</source>
        <translation>add a note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="24"/>
        <source>move a note</source>
        <translation>move a note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="25"/>
        <source>delete a note</source>
        <translation>delete a note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="26"/>
        <source>change a note</source>
        <translation>change a note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="27"/>
        <source>apply the suggested board</source>
        <translation>apply the suggested board</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="28"/>
        <source>go back a step (PgUp)</source>
        <translation>go back a step (PgUp)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="29"/>
        <source>next step (PgDn)</source>
        <translation>next step (PgDn)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="30"/>
        <source>take the podium</source>
        <translation>take the podium</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="31"/>
        <source>import a programme</source>
        <translation>import a programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="32"/>
        <source>vote on a proposal</source>
        <translation>vote on a proposal</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="33"/>
        <source>write a workshop report</source>
        <translation>write a workshop report</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="34"/>
        <source>add a room</source>
        <translation>add a room</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="35"/>
        <source>delete a room</source>
        <translation>delete a room</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="36"/>
        <source>change a room</source>
        <translation>change a room</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="37"/>
        <source>add a slot</source>
        <translation>add a slot</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="38"/>
        <source>make the slots</source>
        <translation>make the slots</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="39"/>
        <source>delete a slot</source>
        <translation>delete a slot</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="40"/>
        <source>change a slot</source>
        <translation>change a slot</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="41"/>
        <source>add a speaker</source>
        <translation>add a speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="42"/>
        <source>move a speaker in the list</source>
        <translation>move a speaker in the list</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="43"/>
        <source>give the floor to the next speaker</source>
        <translation>give the floor to the next speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="44"/>
        <source>pause the speaker</source>
        <translation>pause the speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="45"/>
        <source>add a speaker again</source>
        <translation>add a speaker again</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="46"/>
        <source>remove a speaker</source>
        <translation>remove a speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="47"/>
        <source>resume the speaker</source>
        <translation>resume the speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="48"/>
        <source>give the floor</source>
        <translation>give the floor</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="49"/>
        <source>end the speaker&apos;s time</source>
        <translation>end the speaker&apos;s time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="50"/>
        <source>black out the stage display</source>
        <translation>black out the stage display</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="51"/>
        <source>show a message on the stage</source>
        <translation>show a message on the stage</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="52"/>
        <source>adjust the time</source>
        <translation>adjust the time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="53"/>
        <source>end the block</source>
        <translation>end the block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="54"/>
        <source>go to the next block</source>
        <translation>go to the next block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="55"/>
        <source>pause the block</source>
        <translation>pause the block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="56"/>
        <source>go back to the previous block</source>
        <translation>go back to the previous block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="57"/>
        <source>resume the block</source>
        <translation>resume the block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="58"/>
        <source>start the block</source>
        <translation>start the block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="59"/>
        <source>take up the block again</source>
        <translation>take up the block again</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="60"/>
        <source>add a topic</source>
        <translation>add a topic</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="61"/>
        <source>place a topic on the board</source>
        <translation>place a topic on the board</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="62"/>
        <source>merge topics</source>
        <translation>merge topics</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="63"/>
        <source>pin a topic</source>
        <translation>pin a topic</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="64"/>
        <source>delete a topic</source>
        <translation>delete a topic</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="65"/>
        <source>take a topic off the board</source>
        <translation>take a topic off the board</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="66"/>
        <source>change a topic</source>
        <translation>change a topic</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/command_names.py" line="67"/>
        <source>add dots to a topic</source>
        <translation>add dots to a topic</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../facilitateur/ui/conflict_bar.py" line="32"/>
        <source>Keep my text</source>
        <translation>Keep my text</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/conflict_bar.py" line="33"/>
        <source>Save what you typed over the other laptop&apos;s change</source>
        <translation>Save what you typed over the other laptop&apos;s change</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/conflict_bar.py" line="35"/>
        <source>Take their text</source>
        <translation>Take their text</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/conflict_bar.py" line="36"/>
        <source>Show the other laptop&apos;s text instead of what you typed</source>
        <translation>Show the other laptop&apos;s text instead of what you typed</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="28"/>
        <source>If the server offers it (prefer)</source>
        <translation>If the server offers it (prefer)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="29"/>
        <source>Always, encrypted (require)</source>
        <translation>Always, encrypted (require)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="32"/>
        <source>Always, with the server&apos;s certificate checked (verify-full)</source>
        <translation>Always, with the server&apos;s certificate checked (verify-full)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="36"/>
        <source>Never (a closed network only) (disable)</source>
        <translation>Never (a closed network only) (disable)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="56"/>
        <source>Connect to a shared event</source>
        <translation>Connect to a shared event</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="60"/>
        <source>Several laptops work on one event held by a PostgreSQL server on the venue&apos;s network. Ask the person who set it up for these details.</source>
        <translation>Several laptops work on one event held by a PostgreSQL server on the venue&apos;s network. Ask the person who set it up for these details.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="69"/>
        <source>e.g. 192.168.1.10 or serveur.local (:port if not 5432)</source>
        <translation>e.g. 192.168.1.10 or serveur.local (:port if not 5432)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="72"/>
        <source>one database per event, e.g. rencontre2016</source>
        <translation>one database per event, e.g. rencontre2016</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="76"/>
        <source>empty: the one kept on this computer</source>
        <translation>empty: the one kept on this computer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="83"/>
        <source>Remember the password on this computer (PostgreSQL&apos;s password file, readable by you only)</source>
        <translation>Remember the password on this computer (PostgreSQL&apos;s password file, readable by you only)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="89"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="90"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="91"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="92"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="93"/>
        <source>Encryption (TLS)</source>
        <translation>Encryption (TLS)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/connect_dialog.py" line="97"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>Convergence</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="37"/>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="39"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="39"/>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="39"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="39"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="53"/>
        <source>One dot (+)</source>
        <translation>One dot (+)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="54"/>
        <source>Take one back (−)</source>
        <translation>Take one back (−)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="92"/>
        <source>%n proposals from the workshop reports</source>
        <translation>
            <numerusform>%n proposal from the workshop reports</numerusform>
            <numerusform>%n proposals from the workshop reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="94"/>
        <source>%n dots so far.</source>
        <translation>
            <numerusform>%n dot so far.</numerusform>
            <numerusform>%n dots so far.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="97"/>
        <source>Select a proposal and press + for each dot (− takes one back); the list stays ranked.</source>
        <translation>Select a proposal and press + for each dot (− takes one back); the list stays ranked.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/convergence.py" line="100"/>
        <source>No proposal yet: they come from the workshop reports (Reports tab).</source>
        <translation>No proposal yet: they come from the workshop reports (Reports tab).</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../facilitateur/ui/dates.py" line="110"/>
        <source>Not a date: write %1, %2, Friday or in two weeks</source>
        <translation>Not a date: write %1, %2, Friday or in two weeks</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="104"/>
        <source>Those who have not spoken yet go first</source>
        <translation>Those who have not spoken yet go first</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="107"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="108"/>
        <source>Name of the gathering</source>
        <translation>Name of the gathering</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="109"/>
        <source>Place and address</source>
        <translation>Place and address</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="111"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="113"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="114"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="115"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="116"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="119"/>
        <source>Timers and turns</source>
        <translation>Timers and turns</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="125"/>
        <source>Warning / danger</source>
        <translation>Warning / danger</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="128"/>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="129"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="130"/>
        <source>Speaking time</source>
        <translation>Speaking time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="131"/>
        <source>Turns per person</source>
        <translation>Turns per person</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="134"/>
        <source>Default time of a speaker, unless the block says otherwise</source>
        <translation>Default time of a speaker, unless the block says otherwise</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="137"/>
        <source>A warning when someone asks for the floor more often than this</source>
        <translation>A warning when someone asks for the floor more often than this</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="139"/>
        <source>The timer turns amber this many minutes before the end</source>
        <translation>The timer turns amber this many minutes before the end</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="140"/>
        <source>The timer turns red this many minutes before the end</source>
        <translation>The timer turns red this many minutes before the end</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="144"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="147"/>
        <source>e.g. Tuesday morning</source>
        <translation>e.g. Tuesday morning</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="152"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="154"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="155"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="159"/>
        <source>Opens / closes</source>
        <translation>Opens / closes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="161"/>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/details_form.py" line="162"/>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
</context>
<context>
    <name>DueDelegate</name>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_table.py" line="64"/>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_table.py" line="86"/>
        <source>“%1” is not a date: the deadline was not changed. %2</source>
        <translation>“%1” is not a date: the deadline was not changed. %2</translation>
    </message>
</context>
<context>
    <name>EmptyAgenda</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/empty_agenda.py" line="22"/>
        <source>This day has no agenda yet</source>
        <translation>This day has no agenda yet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/empty_agenda.py" line="28"/>
        <source>Paste the programme you received, add the blocks one by one, or start from the sample day.</source>
        <translation>Paste the programme you received, add the blocks one by one, or start from the sample day.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/empty_agenda.py" line="36"/>
        <source>Import a programme</source>
        <translation>Import a programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/empty_agenda.py" line="40"/>
        <source>Add the first block</source>
        <translation>Add the first block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/empty_agenda.py" line="41"/>
        <source>Open the sample day</source>
        <translation>Open the sample day</translation>
    </message>
</context>
<context>
    <name>EmptyBoard</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/empty_board.py" line="19"/>
        <source>The board needs rooms (its columns) and time slots (its rows).
Slots can be generated from the Open Space block of the agenda.</source>
        <translation>The board needs rooms (its columns) and time slots (its rows).
Slots can be generated from the Open Space block of the agenda.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="34"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="38"/>
        <source>Facilitateur met an error it did not expect. What you typed is kept: every change is saved as it is made. The details below are also in the log; copy them into a message to whoever looks after the application.</source>
        <translation>Facilitateur met an error it did not expect. What you typed is kept: every change is saved as it is made. The details below are also in the log; copy them into a message to whoever looks after the application.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="44"/>
        <source>Details of the error</source>
        <translation>Details of the error</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="46"/>
        <source>Copy the details</source>
        <translation>Copy the details</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="47"/>
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/error_dialog.py" line="60"/>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="35"/>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="36"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="37"/>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="38"/>
        <source>The programme as run, with its timeline</source>
        <translation>The programme as run, with its timeline</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="39"/>
        <source>Block by block: speakers and notes</source>
        <translation>Block by block: speakers and notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="40"/>
        <source>Action table</source>
        <translation>Action table</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="41"/>
        <source>Speaking time statistics</source>
        <translation>Speaking time statistics</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="42"/>
        <source>Open Space: board, reports, convergence</source>
        <translation>Open Space: board, reports, convergence</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="43"/>
        <source>Closing line</source>
        <translation>Closing line</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="99"/>
        <location filename="../../facilitateur/ui/pdf_job.py" line="139"/>
        <source>Export the synthesis</source>
        <translation>Export the synthesis</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="103"/>
        <source>This day has not taken place yet: the PDF will be its programme, with the speakers planned. Speaking time and the closing line come once the day has run.</source>
        <translation>This day has not taken place yet: the PDF will be its programme, with the speakers planned. Speaking time and the closing line come once the day has run.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="112"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="132"/>
        <source>Language of the document</source>
        <translation>Language of the document</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="133"/>
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="135"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="137"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="139"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="136"/>
        <location filename="../../facilitateur/ui/export_dialog.py" line="145"/>
        <location filename="../../facilitateur/ui/export_dialog.py" line="168"/>
        <source>Logo on the cover</source>
        <translation>Logo on the cover</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="146"/>
        <source>Include the notes marked internal</source>
        <translation>Include the notes marked internal</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="148"/>
        <source>Open the PDF when it is written</source>
        <translation>Open the PDF when it is written</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="153"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/export_dialog.py" line="168"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/pdf_job.py" line="132"/>
        <source>Writing the synthesis…</source>
        <translation>Writing the synthesis…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/pdf_job.py" line="133"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/pdf_job.py" line="214"/>
        <source>the export stopped (code %1)</source>
        <translation>the export stopped (code %1)</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="73"/>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV for a spreadsheet (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="74"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="96"/>
        <source>Calendars (*.ics)</source>
        <translation>Calendars (*.ics)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="187"/>
        <source>A synthesis is already being written</source>
        <translation>A synthesis is already being written</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="161"/>
        <location filename="../../facilitateur/ui/exports.py" line="173"/>
        <location filename="../../facilitateur/ui/exports.py" line="210"/>
        <location filename="../../facilitateur/ui/exports.py" line="230"/>
        <location filename="../../facilitateur/ui/exports.py" line="254"/>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="78"/>
        <source>-speaking-turns</source>
        <translation>-speaking-turns</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/exports.py" line="82"/>
        <source>%n turns written to %2</source>
        <translation>
            <numerusform>%n turn written to %2</numerusform>
            <numerusform>%n turns written to %2</numerusform>
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
            <numerusform>%n action written to %2</numerusform>
            <numerusform>%n actions written to %2</numerusform>
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
            <numerusform>Programme written to %2 (%n block without a start time)</numerusform>
            <numerusform>Programme written to %2 (%n blocks without a start time)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="101"/>
        <source>Programme written to %2</source>
        <translation>Programme written to %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="106"/>
        <source>-board</source>
        <translation>-board</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/exports.py" line="110"/>
        <source>Board (A3) written to %2, with %n room signs (A4) beside it</source>
        <translation>
            <numerusform>Board (A3) written to %2, with %n room sign (A4) beside it</numerusform>
            <numerusform>Board (A3) written to %2, with %n room signs (A4) beside it</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="198"/>
        <source>-summary</source>
        <translation>-summary</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/exports.py" line="214"/>
        <source>Export cancelled: no file written</source>
        <translation>Export cancelled: no file written</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/exports.py" line="217"/>
        <source>Synthesis written: %2 (%n pages)</source>
        <translation>
            <numerusform>Synthesis written: %2 (%n page)</numerusform>
            <numerusform>Synthesis written: %2 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="47"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="49"/>
        <source>Event file</source>
        <translation>Event file</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="52"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="53"/>
        <source>%1 file</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="75"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_dialogs.py" line="77"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/file_menu.py" line="224"/>
        <source>%n items merged from %2 — Ctrl+Z undoes the merge</source>
        <translation>
            <numerusform>%n item merged from %2 — Ctrl+Z undoes the merge</numerusform>
            <numerusform>%n items merged from %2 — Ctrl+Z undoes the merge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="82"/>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="496"/>
        <source>Import a programme</source>
        <translation>Import a programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="91"/>
        <source>Paste the programme (from a PDF, a Word file, a web page, a spreadsheet) or open a file. Check the agenda on the right, correct the text or the agenda, then import (Ctrl+Enter).</source>
        <translation>Paste the programme (from a PDF, a Word file, a web page, a spreadsheet) or open a file. Check the agenda on the right, correct the text or the agenda, then import (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="96"/>
        <source>Text of the programme</source>
        <translation>Text of the programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="104"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="104"/>
        <source>Text</source>
        <translation>Text</translation>
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
        <translation>Open a file…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="115"/>
        <source>What the reader warns about</source>
        <translation>What the reader warns about</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="125"/>
        <source>Lines not read</source>
        <translation>Lines not read</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="128"/>
        <source>Lines the reader did not understand. Select one, then add it to the agenda as a block, or as a speaker of the block selected on the right.</source>
        <translation>Lines the reader did not understand. Select one, then add it to the agenda as a block, or as a speaker of the block selected on the right.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="132"/>
        <source>Add as a block</source>
        <translation>Add as a block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="135"/>
        <source>Add as a speaker</source>
        <translation>Add as a speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="138"/>
        <source>Replace the agenda</source>
        <translation>Replace the agenda</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="139"/>
        <source>Add as new days</source>
        <translation>Add as new days</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="271"/>
        <source>The programme of last time is back, with your corrections. Changing the text reads it again.</source>
        <translation>The programme of last time is back, with your corrections. Changing the text reads it again.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="282"/>
        <source>The programme of last time is back, selected: paste to replace it.</source>
        <translation>The programme of last time is back, selected: paste to replace it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="410"/>
        <source>%n blocks</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="411"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="425"/>
        <source>%n lines not read:</source>
        <translation>
            <numerusform>%n line not read:</numerusform>
            <numerusform>%n lines not read:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="143"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="97"/>
        <source>9:15-10:30 Round table
- Speakers: …</source>
        <translation>9:15-10:30 Round table
- Speakers: …</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="154"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="201"/>
        <source>Import this programme (%1)</source>
        <translation>Import this programme (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="305"/>
        <source>Nothing to import yet.</source>
        <translation>Nothing to import yet.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="312"/>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="391"/>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="419"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="330"/>
        <source>Open a programme</source>
        <translation>Open a programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="337"/>
        <source>%1 is the open event file, not a programme: choose a text, CSV, xlsx or JSON file.</source>
        <translation>%1 is the open event file, not a programme: choose a text, CSV, xlsx or JSON file.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="344"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="368"/>
        <source>Workbook %1: correct the agenda on the right.</source>
        <translation>Workbook %1: correct the agenda on the right.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="409"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="494"/>
        <source>Replace the current agenda with this programme? (Ctrl+Z brings it back)</source>
        <translation>Replace the current agenda with this programme? (Ctrl+Z brings it back)</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../facilitateur/ui/interaction.py" line="13"/>
        <source>Event files (*.facil);;All files (*)</source>
        <translation>Event files (*.facil);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/import_dialog.py" line="42"/>
        <source>Programmes (*.txt *.csv *.tsv *.xlsx *.json);;All files (*)</source>
        <translation>Programmes (*.txt *.csv *.tsv *.xlsx *.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="11"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="12"/>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="13"/>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="14"/>
        <source>Round table</source>
        <translation>Round table</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="15"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="16"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="17"/>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="18"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="19"/>
        <source>Open Space</source>
        <translation>Open Space</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="20"/>
        <source>Report-back</source>
        <translation>Report-back</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="21"/>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="22"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/kinds.py" line="23"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="134"/>
        <source>Open recent</source>
        <translation>Open recent</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="189"/>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="90"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="260"/>
        <location filename="../../facilitateur/ui/main_window.py" line="287"/>
        <source>This event is already open</source>
        <translation>This event is already open</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="294"/>
        <source>%1

Open it read-only here (to read it, or save a copy)?</source>
        <translation>%1

Open it read-only here (to read it, or save a copy)?</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="296"/>
        <source>The file is in use</source>
        <translation>The file is in use</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="311"/>
        <source>File updated to the new format; the old one was copied to %1</source>
        <translation>File updated to the new format; the old one was copied to %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="327"/>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="346"/>
        <source>Facilitateur stopped while opening %1 the last time, so it was not reopened. Open it from the list to try again; if it fails again, File → Restore a backup.</source>
        <translation>Facilitateur stopped while opening %1 the last time, so it was not reopened. Open it from the list to try again; if it fails again, File → Restore a backup.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="499"/>
        <source>another laptop</source>
        <translation>another laptop</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="500"/>
        <source>Changed by %1 at %2</source>
        <translation>Changed by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="513"/>
        <source>Podium: free (the first to start a timer takes it)</source>
        <translation>Podium: free (the first to start a timer takes it)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="515"/>
        <source>Podium: held by this laptop</source>
        <translation>Podium: held by this laptop</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="517"/>
        <source>Podium: held by %1</source>
        <translation>Podium: held by %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="524"/>
        <source>This laptop holds the podium now</source>
        <translation>This laptop holds the podium now</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="530"/>
        <source>Connection to the shared event lost — what you type is kept, and saved when the connection returns.</source>
        <translation>Connection to the shared event lost — what you type is kept, and saved when the connection returns.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="537"/>
        <source>Connection back: everything typed meanwhile is saved</source>
        <translation>Connection back: everything typed meanwhile is saved</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="542"/>
        <source>Not saved — %1</source>
        <translation>Not saved — %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="548"/>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="561"/>
        <source>The file can be written again: saved</source>
        <translation>The file can be written again: saved</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="567"/>
        <source>%1 — Another program had cut Facilitateur off from the event file on disk (it deleted or replaced the file&apos;s log). The file was rewritten from what Facilitateur holds and reopened: nothing was lost. Keep other programs away from the open file.</source>
        <translation>%1 — Another program had cut Facilitateur off from the event file on disk (it deleted or replaced the file&apos;s log). The file was rewritten from what Facilitateur holds and reopened: nothing was lost. Keep other programs away from the open file.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="591"/>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="592"/>
        <source>Redo: %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="109"/>
        <location filename="../../facilitateur/ui/file_menu.py" line="115"/>
        <source>Cannot create the file</source>
        <translation>Cannot create the file</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="116"/>
        <source>%1 already exists; open it with File → Open.</source>
        <translation>%1 already exists; open it with File → Open.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="155"/>
        <location filename="../../facilitateur/ui/file_menu.py" line="161"/>
        <source>Cannot save the copy</source>
        <translation>Cannot save the copy</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="174"/>
        <source>Copy saved and opened: %1 (what you typed is in it)</source>
        <translation>Copy saved and opened: %1 (what you typed is in it)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="181"/>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="197"/>
        <location filename="../../facilitateur/ui/file_menu.py" line="205"/>
        <source>Cannot merge</source>
        <translation>Cannot merge</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="198"/>
        <source>This is the open file itself.</source>
        <translation>This is the open file itself.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="214"/>
        <source>Nothing new in %1</source>
        <translation>Nothing new in %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="248"/>
        <source>The password could not be kept on this computer: %1</source>
        <translation>The password could not be kept on this computer: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="263"/>
        <source>The event is copied into this database, which must be empty.</source>
        <translation>The event is copied into this database, which must be empty.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/file_menu.py" line="276"/>
        <source>Cannot share the event</source>
        <translation>Cannot share the event</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="437"/>
        <source>Read-only: this file is open elsewhere or cannot be written here. Nothing you change can be saved in it; File → Save a copy as… makes a copy to work on.</source>
        <translation>Read-only: this file is open elsewhere or cannot be written here. Nothing you change can be saved in it; File → Save a copy as… makes a copy to work on.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/main_window.py" line="503"/>
        <location filename="../../facilitateur/ui/main_window.py" line="559"/>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/about.py" line="14"/>
        <source>Facilitateur %1 — run a gathering from the podium, offline.</source>
        <translation>Facilitateur %1 — run a gathering from the podium, offline.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/about.py" line="17"/>
        <source>Icons: Lucide (ISC licence).</source>
        <translation>Icons: Lucide (ISC licence).</translation>
    </message>
</context>
<context>
    <name>Marketplace</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="37"/>
        <source>New topic — Enter adds it</source>
        <translation>New topic — Enter adds it</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="39"/>
        <source>Convened by</source>
        <translation>Convened by</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="41"/>
        <source>Interest: dots on the marketplace</source>
        <translation>Interest: dots on the marketplace</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="43"/>
        <source>Title of the new topic</source>
        <translation>Title of the new topic</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="44"/>
        <source>Who convenes it</source>
        <translation>Who convenes it</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="45"/>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="46"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="58"/>
        <source>Drag a topic onto the board, or select it and press Enter, then the arrows and Enter. Drag a card back here to take it off the board.</source>
        <translation>Drag a topic onto the board, or select it and press Enter, then the arrows and Enter. Drag a card back here to take it off the board.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/marketplace.py" line="92"/>
        <source>To place: %1 of %n topics</source>
        <translation>
            <numerusform>To place: %1 of %n topic</numerusform>
            <numerusform>To place: %1 of %n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="83"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="84"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="85"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="86"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="87"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="88"/>
        <source>&amp;Open Space</source>
        <translation>&amp;Open Space</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/action_ids.py" line="89"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
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
        <translation>Workshop report</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="25"/>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="26"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="27"/>
        <source>Open Space topic</source>
        <translation>Open Space topic</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="34"/>
        <source>Merge from %1</source>
        <translation>Merge from %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/merge_dialog.py" line="38"/>
        <source>%n new items will come in. These items were changed on both copies: tick those where the other copy&apos;s version should be kept (the more recent one is ticked).</source>
        <translation>
            <numerusform>%n new item will come in. These items were changed on both copies: tick those where the other copy&apos;s version should be kept (the more recent one is ticked).</numerusform>
            <numerusform>%n new items will come in. These items were changed on both copies: tick those where the other copy&apos;s version should be kept (the more recent one is ticked).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="45"/>
        <source>Differences between the two files</source>
        <translation>Differences between the two files</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="47"/>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="47"/>
        <source>Ours</source>
        <translation>Ours</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="47"/>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/merge_dialog.py" line="47"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="61"/>
        <source>Merge two topics</source>
        <translation>Merge two topics</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="69"/>
        <source>The most similar titles first</source>
        <translation>The most similar titles first</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="73"/>
        <source>“%1” stays; the topic chosen joins it: both conveners, the interest added up, the descriptions joined. Ctrl+Z undoes the merge.</source>
        <translation>“%1” stays; the topic chosen joins it: both conveners, the interest added up, the descriptions joined. Ctrl+Z undoes the merge.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="78"/>
        <source>Merge with</source>
        <translation>Merge with</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="21"/>
        <source>Message to the speaker</source>
        <translation>Message to the speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="23"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="24"/>
        <source>e.g. Two minutes left (empty: no message)</source>
        <translation>e.g. Two minutes left (empty: no message)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="25"/>
        <source>Blink</source>
        <translation>Blink</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="30"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/message_dialog.py" line="35"/>
        <source>Shown on the stage display, under the timer.</source>
        <translation>Shown on the stage display, under the timer.</translation>
    </message>
</context>
<context>
    <name>NextStepsTable</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="37"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="37"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="37"/>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="52"/>
        <source>Tab: who, then by when, then a new step · Return ends the step · Del removes it</source>
        <translation>Tab: who, then by when, then a new step · Return ends the step · Del removes it</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="148"/>
        <source>a next step for %1 has no text: it will not be kept</source>
        <translation>a next step for %1 has no text: it will not be kept</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/next_steps.py" line="154"/>
        <source>“%1” is not a date: the step “%2” will have no deadline</source>
        <translation>“%1” is not a date: the step “%2” will have no deadline</translation>
    </message>
</context>
<context>
    <name>NoteCapture</name>
    <message>
        <location filename="../../facilitateur/ui/run/note_capture.py" line="57"/>
        <source>Note — D: decision, A: action @who by %1, ? question, « quote (Ctrl+K, Esc)</source>
        <translation>Note — D: decision, A: action @who by %1, ? question, « quote (Ctrl+K, Esc)</translation>
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
        <translation>Note-taker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/note_capture.py" line="64"/>
        <source>Who writes the notes (remembered)</source>
        <translation>Who writes the notes (remembered)</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="72"/>
        <source>Text of the note</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="75"/>
        <source>Select a note, or %1</source>
        <translation>Select a note, or %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="78"/>
        <source>Select a note in the list to edit it, or start a new one (%1). Bold, italic and lists are kept.</source>
        <translation>Select a note in the list to edit it, or start a new one (%1). Bold, italic and lists are kept.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="85"/>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="86"/>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_editor.py" line="87"/>
        <source>List</source>
        <translation>List</translation>
    </message>
</context>
<context>
    <name>NoteMenu</name>
    <message>
        <location filename="../../facilitateur/ui/notes/note_menu.py" line="30"/>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_menu.py" line="37"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_menu.py" line="38"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_menu.py" line="41"/>
        <source>Make public</source>
        <translation>Make public</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/note_menu.py" line="41"/>
        <source>Make internal (moderator only)</source>
        <translation>Make internal (moderator only)</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="29"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="30"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="31"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="32"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="33"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="34"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="35"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="36"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="37"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="40"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="41"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="42"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="43"/>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="44"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="45"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_model.py" line="47"/>
        <source>internal</source>
        <translation>internal</translation>
    </message>
</context>
<context>
    <name>NotesScreen</name>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="85"/>
        <source>Search the notes (accents do not matter)</source>
        <translation>Search the notes (accents do not matter)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="87"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="90"/>
        <source>All blocks</source>
        <translation>All blocks</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="91"/>
        <source>All speakers</source>
        <translation>All speakers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="92"/>
        <source>All authors</source>
        <translation>All authors</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="93"/>
        <source>Public and internal</source>
        <translation>Public and internal</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="94"/>
        <source>Public only</source>
        <translation>Public only</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="95"/>
        <source>Internal only</source>
        <translation>Internal only</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="97"/>
        <source>Kind of note</source>
        <translation>Kind of note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="98"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="99"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="100"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="101"/>
        <source>Public or internal</source>
        <translation>Public or internal</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="112"/>
        <source>Search the notes</source>
        <translation>Search the notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="131"/>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="134"/>
        <source>All notes</source>
        <translation>All notes</translation>
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
        <translation>Delete the note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="182"/>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="407"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="337"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="339"/>
        <source>Fold the editor away: the list takes its width</source>
        <translation>Fold the editor away: the list takes its width</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="341"/>
        <source>Show the editor beside the list (Ctrl+Shift+N starts a note)</source>
        <translation>Show the editor beside the list (Ctrl+Shift+N starts a note)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="351"/>
        <source>Showing %1 of %n notes</source>
        <translation>
            <numerusform>Showing %1 of %n note</numerusform>
            <numerusform>Showing %1 of %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="355"/>
        <source>%n actions, %1 open</source>
        <translation>
            <numerusform>%n action, %1 open</numerusform>
            <numerusform>%n actions, %1 open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/notes/notes_screen.py" line="417"/>
        <source>Note deleted — Ctrl+Z brings it back</source>
        <translation>Note deleted — Ctrl+Z brings it back</translation>
    </message>
</context>
<context>
    <name>OpenSpace</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/board_model.py" line="139"/>
        <location filename="../../facilitateur/ui/openspace/cards.py" line="43"/>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/board_model.py" line="43"/>
        <source>Convener: %1</source>
        <translation>Convener: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="14"/>
        <source>report missing</source>
        <translation>report missing</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="15"/>
        <source>report in draft</source>
        <translation>report in draft</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="16"/>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="22"/>
        <source>report done</source>
        <translation>report done</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="20"/>
        <source>no report yet</source>
        <translation>no report yet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="21"/>
        <source>report in progress</source>
        <translation>report in progress</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="55"/>
        <source>%1 convenes two workshops at %2: %3</source>
        <translation>%1 convenes two workshops at %2: %3</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="58"/>
        <source>“%1”: more interested than seats (%2)</source>
        <translation>“%1”: more interested than seats (%2)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="61"/>
        <source>Two topics share one cell at %1: %2</source>
        <translation>Two topics share one cell at %1: %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/texts.py" line="63"/>
        <source>“%1” is in a slot outside the Open Space hours (%2)</source>
        <translation>“%1” is in a slot outside the Open Space hours (%2)</translation>
    </message>
</context>
<context>
    <name>OpenSpaceScreen</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="123"/>
        <source>Rooms (Ins adds one, Del removes one) and slots</source>
        <translation>Rooms (Ins adds one, Del removes one) and slots</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="126"/>
        <source>A whole board proposed, with what it improves; Enter applies it</source>
        <translation>A whole board proposed, with what it improves; Enter applies it</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="131"/>
        <source>The board on one A3 page, and beside it one A4 sign per room listing its workshops</source>
        <translation>The board on one A3 page, and beside it one A4 sign per room listing its workshops</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="134"/>
        <source>Each workshop in turn on the stage display</source>
        <translation>Each workshop in turn on the stage display</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="164"/>
        <source>Marketplace and board</source>
        <translation>Marketplace and board</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="165"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="166"/>
        <source>Report-back</source>
        <translation>Report-back</translation>
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
            <numerusform>%n placed</numerusform>
            <numerusform>%n placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/screen.py" line="263"/>
        <source>%n topics</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="88"/>
        <source>Conflicts on the board</source>
        <translation>Conflicts on the board</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/screen.py" line="265"/>
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="266"/>
        <source>reports done: %1 of %2</source>
        <translation>reports done: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="292"/>
        <source>Moving “%1”: arrows to choose the cell, Enter to put it there (Shift+Enter: share the cell), Esc to cancel</source>
        <translation>Moving “%1”: arrows to choose the cell, Enter to put it there (Shift+Enter: share the cell), Esc to cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/screen.py" line="301"/>
        <source>⚠ %n conflicts — click one to find its topic</source>
        <translation>
            <numerusform>⚠ %n conflict — click it to find its topic</numerusform>
            <numerusform>⚠ %n conflicts — click one to find its topic</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="305"/>
        <source>Show fewer</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="308"/>
        <source>Show all %1</source>
        <translation>Show all %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="349"/>
        <source>next field</source>
        <translation>next field</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="350"/>
        <source>a new line: one point, one proposal per line</source>
        <translation>a new line: one point, one proposal per line</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="351"/>
        <source>a next step: what, Tab, who, Tab, by when</source>
        <translation>a next step: what, Tab, who, Tab, by when</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="352"/>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="368"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="352"/>
        <source>removes the chosen step</source>
        <translation>removes the chosen step</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="356"/>
        <source>on the stage display</source>
        <translation>on the stage display</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="357"/>
        <source>PgDown N →</source>
        <translation>PgDown N →</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="357"/>
        <source>next group</source>
        <translation>next group</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="358"/>
        <source>PgUp P ←</source>
        <translation>PgUp P ←</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="358"/>
        <source>previous</source>
        <translation>previous</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="359"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="359"/>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="362"/>
        <source>a dot on the chosen proposal, or one back</source>
        <translation>a dot on the chosen proposal, or one back</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="365"/>
        <source>pick up, put down</source>
        <translation>pick up, put down</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="366"/>
        <source>move</source>
        <translation>move</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="367"/>
        <source>share the cell</source>
        <translation>share the cell</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="368"/>
        <source>back to the list</source>
        <translation>back to the list</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="369"/>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="370"/>
        <source>dots</source>
        <translation>dots</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="371"/>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="372"/>
        <source>merge</source>
        <translation>merge</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="374"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="374"/>
        <source>next tab</source>
        <translation>next tab</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="411"/>
        <source>The suggestion needs rooms, slots and topics.</source>
        <translation>The suggestion needs rooms, slots and topics.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/screen.py" line="420"/>
        <source>Suggested placement applied — Ctrl+Z undoes it</source>
        <translation>Suggested placement applied — Ctrl+Z undoes it</translation>
    </message>
</context>
<context>
    <name>ParserMessages</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="18"/>
        <source>no time for “%1”: set its start by hand</source>
        <translation>no time for “%1”: set its start by hand</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="22"/>
        <source>“%1” starts before the previous block ends</source>
        <translation>“%1” starts before the previous block ends</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="26"/>
        <source>“%1” ends before it starts: its end is left out</source>
        <translation>“%1” ends before it starts: its end is left out</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="30"/>
        <source>no schedule found: no line starts with a time such as 9h15 or 09:15</source>
        <translation>no schedule found: no line starts with a time such as 9h15 or 09:15</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="36"/>
        <source>not text (binary content)</source>
        <translation>not text (binary content)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="40"/>
        <source>cannot decode byte %1: not UTF-8 nor Windows-1252 text</source>
        <translation>cannot decode byte %1: not UTF-8 nor Windows-1252 text</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="46"/>
        <source>row without a title, skipped</source>
        <translation>row without a title, skipped</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="48"/>
        <source>empty item, skipped</source>
        <translation>empty item, skipped</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="51"/>
        <source>speakers not understood: %1</source>
        <translation>speakers not understood: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="53"/>
        <source>not a time: %1</source>
        <translation>not a time: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="56"/>
        <source>no header row naming a title column (Titre, Title, Intitulé …) and a time column</source>
        <translation>no header row naming a title column (Titre, Title, Intitulé …) and a time column</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="63"/>
        <source>the table has a header but no programme rows</source>
        <translation>the table has a header but no programme rows</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="65"/>
        <source>not valid JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="68"/>
        <source>larger than %1 MB: not a programme</source>
        <translation>larger than %1 MB: not a programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="70"/>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="73"/>
        <source>not a readable xlsx workbook (%1)</source>
        <translation>not a readable xlsx workbook (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="77"/>
        <source>the workbook unpacks to %1 MB, more than a programme holds: save the programme’s own sheet alone</source>
        <translation>the workbook unpacks to %1 MB, more than a programme holds: save the programme’s own sheet alone</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="84"/>
        <source>the workbook has no sheet</source>
        <translation>the workbook has no sheet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="88"/>
        <source>the first sheet has more than %1 cells, more than a programme holds</source>
        <translation>the first sheet has more than %1 cells, more than a programme holds</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/parser_messages.py" line="94"/>
        <source>not a programme: nested more than %1 levels deep</source>
        <translation>not a programme: nested more than %1 levels deep</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="79"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="82"/>
        <source>As the system (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="86"/>
        <location filename="../../facilitateur/ui/preferences.py" line="98"/>
        <location filename="../../facilitateur/ui/preferences.py" line="167"/>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="88"/>
        <source>e.g. Julie Martin</source>
        <translation>e.g. Julie Martin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="89"/>
        <location filename="../../facilitateur/ui/preferences.py" line="99"/>
        <source>Note-taker’s name</source>
        <translation>Note-taker’s name</translation>
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
        <translation>Speaking time of a new event</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="94"/>
        <source>Pulsing border in overtime</source>
        <translation>Pulsing border in overtime</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="103"/>
        <source>The name goes with every note you take. An event&apos;s own speaking time is set in Prepare (event details).</source>
        <translation>The name goes with every note you take. An event&apos;s own speaking time is set in Prepare (event details).</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="108"/>
        <source>Stage display</source>
        <translation>Stage display</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="113"/>
        <source>The digits stay still; the border pulses red while time is over.</source>
        <translation>The digits stay still; the border pulses red while time is over.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="174"/>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/preferences.py" line="178"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>PrepareScreen</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="252"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="296"/>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="337"/>
        <source>%n blocks</source>
        <translation>
            <numerusform>%n block</numerusform>
            <numerusform>%n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="346"/>
        <source>%n overlaps</source>
        <translation>
            <numerusform>%n overlap</numerusform>
            <numerusform>%n overlaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="347"/>
        <source>%n gaps</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="338"/>
        <source>%1 planned</source>
        <translation>%1 planned</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="341"/>
        <source>day %1</source>
        <translation>day %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/prepare/screen.py" line="348"/>
        <source>%n to check</source>
        <translation>
            <numerusform>%n to check</numerusform>
            <numerusform>%n to check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="415"/>
        <source>New block</source>
        <translation>New block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="429"/>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="438"/>
        <source>Delete “%1” with its segments and speakers?</source>
        <translation>Delete “%1” with its segments and speakers?</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="442"/>
        <source>Delete the block</source>
        <translation>Delete the block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="447"/>
        <source>“%1” deleted — Ctrl+Z brings it back</source>
        <translation>“%1” deleted — Ctrl+Z brings it back</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="398"/>
        <source>Programme imported — Ctrl+Z undoes the import</source>
        <translation>Programme imported — Ctrl+Z undoes the import</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="489"/>
        <source>Remove this day and all its blocks? (Ctrl+Z brings it back)</source>
        <translation>Remove this day and all its blocks? (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/screen.py" line="493"/>
        <source>Remove this day</source>
        <translation>Remove this day</translation>
    </message>
</context>
<context>
    <name>ProgrammeRules</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="43"/>
        <source>A line that starts with a time</source>
        <translation>A line that starts with a time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="44"/>
        <source>A row of a table (cells between tabs or “|”, or on their own lines)</source>
        <translation>A row of a table (cells between tabs or “|”, or on their own lines)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="47"/>
        <source>Times alone on a line, the title on the next one</source>
        <translation>Times alone on a line, the title on the next one</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="50"/>
        <source>A title followed by its times (“Opening: 10am - 10:30am”)</source>
        <translation>A title followed by its times (“Opening: 10am - 10:30am”)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="53"/>
        <source>A line without a time, placed between the timed blocks around it</source>
        <translation>A line without a time, placed between the timed blocks around it</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="56"/>
        <source>A row of the table, columns by their header</source>
        <translation>A row of the table, columns by their header</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="59"/>
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="62"/>
        <source>Kind from the words “%1”</source>
        <translation>Kind from the words “%1”</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="63"/>
        <source>Kind from the table’s kind column</source>
        <translation>Kind from the table’s kind column</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="64"/>
        <source>Kind: several speakers and a moderator make a panel</source>
        <translation>Kind: several speakers and a moderator make a panel</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="67"/>
        <source>Kind from the words “%1” of its part</source>
        <translation>Kind from the words “%1” of its part</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="68"/>
        <source>Kind: no word says it; with several parts under it, a plenary</source>
        <translation>Kind: no word says it; with several parts under it, a plenary</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="71"/>
        <source>Kind: no word says it and someone speaks, a talk</source>
        <translation>Kind: no word says it and someone speaks, a talk</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="74"/>
        <source>Kind: no word says it and nobody is named, another kind</source>
        <translation>Kind: no word says it and nobody is named, another kind</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="77"/>
        <source>Kind: no word says it, between two talks, a talk</source>
        <translation>Kind: no word says it, between two talks, a talk</translation>
    </message>
</context>
<context>
    <name>ProgrammeTree</name>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="123"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="124"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="125"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="126"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="127"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="138"/>
        <source>The agenda read</source>
        <translation>The agenda read</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="166"/>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="181"/>
        <source>12-hour clock</source>
        <translation>12-hour clock</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="185"/>
        <source>Ticked: times without am/pm are read on a 12-hour clock (1:30 after 12:30 is 13:30). Unticked: they are read as written.</source>
        <translation>Ticked: times without am/pm are read on a 12-hour clock (1:30 after 12:30 is 13:30). Unticked: they are read as written.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="229"/>
        <source>End inferred from the next block</source>
        <translation>End inferred from the next block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="240"/>
        <source>Edit: names separated by “;”, e.g. Name (Organisation), role</source>
        <translation>Edit: names separated by “;”, e.g. Name (Organisation), role</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="258"/>
        <source>There is no day to add a block to</source>
        <translation>There is no day to add a block to</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="292"/>
        <source>Select the block of this speaker in the agenda first</source>
        <translation>Select the block of this speaker in the agenda first</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/prepare/programme_tree.py" line="369"/>
        <source>A block needs a title</source>
        <translation>A block needs a title</translation>
    </message>
</context>
<context>
    <name>QtEvent</name>
    <message>
        <location filename="../../facilitateur/ui/qt_event.py" line="96"/>
        <location filename="../../facilitateur/ui/qt_event.py" line="160"/>
        <location filename="../../facilitateur/ui/qt_event.py" line="211"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/qt_event.py" line="244"/>
        <source>Note kept on this laptop: saved when the connection returns</source>
        <translation>Note kept on this laptop: saved when the connection returns</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/qt_event.py" line="247"/>
        <source>Note saved</source>
        <translation>Note saved</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="20"/>
        <source>Nothing of this change was written and the file is as it was; what you typed stays on screen. Free some space (or fix the cause), then go on.</source>
        <translation>Nothing of this change was written and the file is as it was; what you typed stays on screen. Free some space (or fix the cause), then go on.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="25"/>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}: cannot be read ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="26"/>
        <source>{path}: not a Facilitateur event file (not an SQLite database)</source>
        <translation>{path}: not a Facilitateur event file (not an SQLite database)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="29"/>
        <source>{path}: not a Facilitateur event file</source>
        <translation>{path}: not a Facilitateur event file</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="30"/>
        <source>{path}: damaged or not an event file ({why})</source>
        <translation>{path}: damaged or not an event file ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="31"/>
        <source>{path}: made by a newer version of Facilitateur (schema {revision}; this version, {version}, reads up to schema {head}); update the application to open it</source>
        <translation>{path}: made by a newer version of Facilitateur (schema {revision}; this version, {version}, reads up to schema {head}); update the application to open it</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="35"/>
        <source>{path}: holds code ({name}), which Facilitateur never puts in a file; refused, as it would run inside the file</source>
        <translation>{path}: holds code ({name}), which Facilitateur never puts in a file; refused, as it would run inside the file</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="39"/>
        <source>{path}: the field {field} holds {size} characters, more than Facilitateur ever writes; refused</source>
        <translation>{path}: the field {field} holds {size} characters, more than Facilitateur ever writes; refused</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="43"/>
        <source>{path}: damaged, its content cannot be shown ({why})</source>
        <translation>{path}: damaged, its content cannot be shown ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="46"/>
        <source>{path}: the event&apos;s time zone “{zone}” is not one this computer knows; refused</source>
        <translation>{path}: the event&apos;s time zone “{zone}” is not one this computer knows; refused</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="50"/>
        <source>Unknown time zone “{zone}”</source>
        <translation>Unknown time zone “{zone}”</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="51"/>
        <source>{path}: empty (0 bytes), not an event</source>
        <translation>{path}: empty (0 bytes), not an event</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="52"/>
        <source>{path}: no such file</source>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="53"/>
        <source>{path}: read-only and of an older format; copy it to a folder you can write to, then open the copy (it will be updated)</source>
        <translation>{path}: read-only and of an older format; copy it to a folder you can write to, then open the copy (it will be updated)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="57"/>
        <source>{path}: cannot create the folder ({why})</source>
        <translation>{path}: cannot create the folder ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="58"/>
        <source>{path}: cannot be opened ({why})</source>
        <translation>{path}: cannot be opened ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="59"/>
        <source>{path}: cannot be updated to the new format ({why}); it is left as it was, and a copy was kept in {backup}</source>
        <translation>{path}: cannot be updated to the new format ({why}); it is left as it was, and a copy was kept in {backup}</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="63"/>
        <source>{path}: open in another Facilitateur window (on this computer or another session of it). Close it there first, or open a copy (File → Save a copy as, there).</source>
        <translation>{path}: open in another Facilitateur window (on this computer or another session of it). Close it there first, or open a copy (File → Save a copy as, there).</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="67"/>
        <source>{path}: opened read-only, nothing can be saved in it. File → Save a copy as… makes a copy you can work on.</source>
        <translation>{path}: opened read-only, nothing can be saved in it. File → Save a copy as… makes a copy you can work on.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="71"/>
        <source>{path}: this is the open event file itself (or a file kept beside it); writing there would replace it. Choose another name.</source>
        <translation>{path}: this is the open event file itself (or a file kept beside it); writing there would replace it. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="75"/>
        <source>{path}: not saved, the disk is full.</source>
        <translation>{path}: not saved, the disk is full.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="76"/>
        <source>{path}: not saved, the disk is full or the device failed.</source>
        <translation>{path}: not saved, the disk is full or the device failed.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="79"/>
        <source>{path}: not saved, the file is read-only.</source>
        <translation>{path}: not saved, the file is read-only.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="80"/>
        <source>{path}: not saved, it cannot be written ({why}).</source>
        <translation>{path}: not saved, it cannot be written ({why}).</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="83"/>
        <source>{path}: not saved, the file is damaged ({why}). Nothing of this change was written. Restore its latest good backup: File → Restore a backup.</source>
        <translation>{path}: not saved, the file is damaged ({why}). Nothing of this change was written. Restore its latest good backup: File → Restore a backup.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="87"/>
        <source>{path}: damaged ({why}); some of what it holds may be missing from the screens and the exports. Restore its latest good backup (File → Restore a backup).</source>
        <translation>{path}: damaged ({why}); some of what it holds may be missing from the screens and the exports. Restore its latest good backup (File → Restore a backup).</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="91"/>
        <source>{path}: damaged ({why}); nothing was exported, so that nothing is left out without a word. Restore its latest good backup (File → Restore a backup) and export that.</source>
        <translation>{path}: damaged ({why}); nothing was exported, so that nothing is left out without a word. Restore its latest good backup (File → Restore a backup) and export that.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="95"/>
        <source>This text holds a character that is not text (an unpaired surrogate): nothing was saved</source>
        <translation>This text holds a character that is not text (an unpaired surrogate): nothing was saved</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="99"/>
        <source>Nobody named “{name}” in this event</source>
        <translation>Nobody named “{name}” in this event</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="100"/>
        <source>The event has no agenda yet</source>
        <translation>The event has no agenda yet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="101"/>
        <source>“{title}” is already running</source>
        <translation>“{title}” is already running</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="102"/>
        <source>Every block of the day has ended</source>
        <translation>Every block of the day has ended</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="103"/>
        <source>No block is running</source>
        <translation>No block is running</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="104"/>
        <source>No block is paused</source>
        <translation>No block is paused</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="105"/>
        <source>No block is under way (Space starts one)</source>
        <translation>No block is under way (Space starts one)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="108"/>
        <source>This is the first block of the day</source>
        <translation>This is the first block of the day</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="109"/>
        <source>“{name}” must be more than 0</source>
        <translation>“{name}” must be more than 0</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="110"/>
        <source>There is already a room named “{name}”</source>
        <translation>There is already a room named “{name}”</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="111"/>
        <source>“{name}” has workshops on the board: send them back to the list first, or use Remove the room (they go back to the list)</source>
        <translation>“{name}” has workshops on the board: send them back to the list first, or use Remove the room (they go back to the list)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="115"/>
        <source>A slot must end after it starts ({slot})</source>
        <translation>A slot must end after it starts ({slot})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="118"/>
        <source>{slot} overlaps the slot {other}</source>
        <translation>{slot} overlaps the slot {other}</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="119"/>
        <source>Give the start and the end: the day has no Open Space block with times in the agenda</source>
        <translation>Give the start and the end: the day has no Open Space block with times in the agenda</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="123"/>
        <source>No slot of {minutes} min fits between {start} and {end}</source>
        <translation>No slot of {minutes} min fits between {start} and {end}</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="126"/>
        <source>Both topics already have a report; merge them before the workshops</source>
        <translation>Both topics already have a report; merge them before the workshops</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="129"/>
        <source>The list of speakers is empty</source>
        <translation>The list of speakers is empty</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="130"/>
        <source>Nobody has the floor</source>
        <translation>Nobody has the floor</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="131"/>
        <source>Nobody has spoken yet in this block</source>
        <translation>Nobody has spoken yet in this block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="132"/>
        <source>PgUp: no PgDn step left to undo</source>
        <translation>PgUp: no PgDn step left to undo</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="133"/>
        <source>PgUp cannot undo the last PgDn exactly: the timers were moved since by another key (Space, E, S …). Ctrl+Z undoes the last action.</source>
        <translation>PgUp cannot undo the last PgDn exactly: the timers were moved since by another key (Space, E, S …). Ctrl+Z undoes the last action.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="137"/>
        <source>“{title}” has notes; move or delete them first</source>
        <translation>“{title}” has notes; move or delete them first</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="140"/>
        <source>The synthesis could not be laid out: in the section “{section}” (page {page}), something is larger than a page. No file was written; export it again without that section.</source>
        <translation>The synthesis could not be laid out: in the section “{section}” (page {page}), something is larger than a page. No file was written; export it again without that section.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="145"/>
        <source>{path}: not a shared event&apos;s address ({why})</source>
        <translation>{path}: not a shared event&apos;s address ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="148"/>
        <source>{path}: the server asks for a password, or refused the one given ({why})</source>
        <translation>{path}: the server asks for a password, or refused the one given ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="151"/>
        <source>{path}: the server has no such database ({why})</source>
        <translation>{path}: the server has no such database ({why})</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="154"/>
        <source>{path}: the server cannot be reached ({why}). Check the network and the server&apos;s address.</source>
        <translation>{path}: the server cannot be reached ({why}). Check the network and the server&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="158"/>
        <source>{path}: this database holds other tables, not a Facilitateur event; use a database of its own for each event</source>
        <translation>{path}: this database holds other tables, not a Facilitateur event; use a database of its own for each event</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="162"/>
        <source>{path}: the database is not empty; copy the event into a new, empty database (one database per event)</source>
        <translation>{path}: the database is not empty; copy the event into a new, empty database (one database per event)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="166"/>
        <source>Connection to the shared event lost — what you type is kept, and saved when the connection returns.</source>
        <translation>Connection to the shared event lost — what you type is kept, and saved when the connection returns.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="170"/>
        <source>{path}: not saved, the server refused it ({why}). Nothing of this change was kept.</source>
        <translation>{path}: not saved, the server refused it ({why}). Nothing of this change was kept.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="174"/>
        <source>{who} changed this since you read it; nothing was saved over their change.</source>
        <translation>{who} changed this since you read it; nothing was saved over their change.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="178"/>
        <source>Not undone: {who} changed the same items since your command; nothing was changed.</source>
        <translation>Not undone: {who} changed the same items since your command; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="182"/>
        <source>Not redone: {who} changed the same items since; nothing was changed.</source>
        <translation>Not redone: {who} changed the same items since; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="186"/>
        <source>The podium is held by {who}: their keys drive the timers. Run → Take the podium hands it to this laptop.</source>
        <translation>The podium is held by {who}: their keys drive the timers. Run → Take the podium hands it to this laptop.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="190"/>
        <source>This laptop already holds the podium</source>
        <translation>This laptop already holds the podium</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="192"/>
        <source>This command was refused: its arguments are not valid (a script or a file written by hand?). Nothing was changed.</source>
        <translation>This command was refused: its arguments are not valid (a script or a file written by hand?). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="196"/>
        <source>Unknown command “{name}”</source>
        <translation>Unknown command “{name}”</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="197"/>
        <source>The file refused this change, which breaks one of its rules; nothing was changed.</source>
        <translation>The file refused this change, which breaks one of its rules; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="201"/>
        <source>This item no longer exists: it was removed, perhaps on another laptop. Nothing was changed.</source>
        <translation>This item no longer exists: it was removed, perhaps on another laptop. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="205"/>
        <source>“{ref}” names nothing in this event</source>
        <translation>“{ref}” names nothing in this event</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="206"/>
        <source>“{ref}” names several items: name it by its number (#N)</source>
        <translation>“{ref}” names several items: name it by its number (#N)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="209"/>
        <source>The event has no day yet</source>
        <translation>The event has no day yet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="210"/>
        <source>A number or a duration may not be negative here</source>
        <translation>A number or a duration may not be negative here</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="213"/>
        <source>The position must be between 1 and {last}</source>
        <translation>The position must be between 1 and {last}</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="214"/>
        <source>The day ends before it starts</source>
        <translation>The day ends before it starts</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="215"/>
        <source>A block needs a title</source>
        <translation>A block needs a title</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="216"/>
        <source>“{title}” ends before it starts</source>
        <translation>“{title}” ends before it starts</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="217"/>
        <source>“{title}” has an end but no start: give its start first</source>
        <translation>“{title}” has an end but no start: give its start first</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="220"/>
        <source>A segment cannot have segments of its own</source>
        <translation>A segment cannot have segments of its own</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="223"/>
        <source>A block with segments cannot become a segment</source>
        <translation>A block with segments cannot become a segment</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="226"/>
        <source>This pushes “{title}” past midnight</source>
        <translation>This pushes “{title}” past midnight</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="227"/>
        <source>The programme is too large to import</source>
        <translation>The programme is too large to import</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="230"/>
        <source>The programme could not be read (line {line}); nothing was imported</source>
        <translation>The programme could not be read (line {line}); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="233"/>
        <source>A room needs a name</source>
        <translation>A room needs a name</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="234"/>
        <source>A slot lasts between 5 and 600 minutes</source>
        <translation>A slot lasts between 5 and 600 minutes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="235"/>
        <source>The gap between slots is between 0 and 240 minutes</source>
        <translation>The gap between slots is between 0 and 240 minutes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="238"/>
        <source>A topic needs a title</source>
        <translation>A topic needs a title</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="239"/>
        <source>The topic “{title}” was merged into another</source>
        <translation>The topic “{title}” was merged into another</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="242"/>
        <source>A topic cannot be merged with itself</source>
        <translation>A topic cannot be merged with itself</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="243"/>
        <source>“{title}” is not on the board: place it before pinning it</source>
        <translation>“{title}” is not on the board: place it before pinning it</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="246"/>
        <source>The suggestion moves a pinned topic</source>
        <translation>The suggestion moves a pinned topic</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="247"/>
        <source>A note needs some text</source>
        <translation>A note needs some text</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="248"/>
        <source>Only an action has a status</source>
        <translation>Only an action has a status</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="249"/>
        <source>“{name}” is not on the list of “{title}”</source>
        <translation>“{name}” is not on the list of “{title}”</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="250"/>
        <source>A speaker who has already spoken stays on the list</source>
        <translation>A speaker who has already spoken stays on the list</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="253"/>
        <source>No block is under way or to come</source>
        <translation>No block is under way or to come</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="254"/>
        <source>Nobody is waiting to speak</source>
        <translation>Nobody is waiting to speak</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="255"/>
        <source>“{name}” is not waiting to speak</source>
        <translation>“{name}” is not waiting to speak</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="256"/>
        <source>No speaker is paused</source>
        <translation>No speaker is paused</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="257"/>
        <source>Timers run on blocks, not on segments</source>
        <translation>Timers run on blocks, not on segments</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="258"/>
        <source>Adding or taking away no time changes nothing</source>
        <translation>Adding or taking away no time changes nothing</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="261"/>
        <source>The day of {date} has not begun and is not today: there is nothing to re-plan against today&apos;s clock</source>
        <translation>The day of {date} has not begun and is not today: there is nothing to re-plan against today&apos;s clock</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="265"/>
        <source>This day was run on {date}, not today: there is nothing to re-plan against today&apos;s clock</source>
        <translation>This day was run on {date}, not today: there is nothing to re-plan against today&apos;s clock</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/refusals.py" line="332"/>
        <source>%n rows of the table %1 refer to what is gone</source>
        <translation>
            <numerusform>%n row of the table %1 refers to what is gone</numerusform>
            <numerusform>%n rows of the table %1 refer to what is gone</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/refusals.py" line="336"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="41"/>
        <source>Re-plan the day</source>
        <translation>Re-plan the day</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="51"/>
        <source>Shift the rest</source>
        <translation>Shift the rest</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="52"/>
        <source>Absorb into breaks and meals</source>
        <translation>Absorb into breaks and meals</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="53"/>
        <source>Fit the next blocks (shorter or longer)</source>
        <translation>Fit the next blocks (shorter or longer)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="62"/>
        <source>Shortest break</source>
        <translation>Shortest break</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="67"/>
        <source>The blocks, now and proposed</source>
        <translation>The blocks, now and proposed</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="69"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="69"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="69"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="76"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="106"/>
        <source>The day of %1 has not begun and is not today: there is nothing to re-plan against today&apos;s clock. Once a block is started (a rehearsal), the day is timed as it runs.</source>
        <translation>The day of %1 has not begun and is not today: there is nothing to re-plan against today&apos;s clock. Once a block is started (a rehearsal), the day is timed as it runs.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="113"/>
        <source>This day was run on %1, not today: there is nothing to re-plan against today&apos;s clock.</source>
        <translation>This day was run on %1, not today: there is nothing to re-plan against today&apos;s clock.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/replan_dialog.py" line="120"/>
        <source>The day is at %1. Choose how to re-plan the blocks still to come:</source>
        <translation>The day is at %1. Choose how to re-plan the blocks still to come:</translation>
    </message>
</context>
<context>
    <name>ReportBack</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="68"/>
        <source>Report-back</source>
        <translation>Report-back</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="102"/>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="103"/>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="140"/>
        <source>Time per group</source>
        <translation>Time per group</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="104"/>
        <source>Previous (PgUp)</source>
        <translation>Previous (PgUp)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="105"/>
        <source>The previous group (PgUp, ←, P)</source>
        <translation>The previous group (PgUp, ←, P)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="107"/>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="337"/>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="109"/>
        <source>Pause or resume the group&apos;s timer (Space)</source>
        <translation>Pause or resume the group&apos;s timer (Space)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="111"/>
        <source>Next group (PgDown)</source>
        <translation>Next group (PgDown)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="114"/>
        <source>The next group, its timer started (PgDown, →, N)</source>
        <translation>The next group, its timer started (PgDown, →, N)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="116"/>
        <source>On the stage display (F5)</source>
        <translation>On the stage display (F5)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="121"/>
        <source>The report-back on the stage display; F5 again takes the display away</source>
        <translation>The report-back on the stage display; F5 again takes the display away</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="241"/>
        <source>That was the last group.</source>
        <translation>That was the last group.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="306"/>
        <source>%n workshops to report back</source>
        <translation>
            <numerusform>%n workshop to report back</numerusform>
            <numerusform>%n workshops to report back</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="307"/>
        <source>Press Next (PgDown) to call the first group</source>
        <translation>Press Next (PgDown) to call the first group</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="319"/>
        <source>Report-back %1/%2</source>
        <translation>Report-back %1/%2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="324"/>
        <source>Convened by</source>
        <translation>Convened by</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="326"/>
        <source>(no key points in the report yet)</source>
        <translation>(no key points in the report yet)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_back.py" line="337"/>
        <source>Resume (Space)</source>
        <translation>Resume (Space)</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="93"/>
        <source>Optional: the participants&apos; names, separated by commas</source>
        <translation>Optional: the participants&apos; names, separated by commas</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="102"/>
        <source>One proposal per line (voted on at the convergence)</source>
        <translation>One proposal per line (voted on at the convergence)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="90"/>
        <source>How many took part</source>
        <translation>How many took part</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="98"/>
        <source>What was said, one point per line (Tab: next field)</source>
        <translation>What was said, one point per line (Tab: next field)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="111"/>
        <source>Add a next step</source>
        <translation>Add a next step</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="114"/>
        <source>A new next step, typed at once: what, Tab, who, Tab, by when (%1)</source>
        <translation>A new next step, typed at once: what, Tab, who, Tab, by when (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="124"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="125"/>
        <source>Remove the chosen next step (Del)</source>
        <translation>Remove the chosen next step (Del)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="142"/>
        <source>Note-taker</source>
        <translation>Note-taker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="145"/>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="149"/>
        <source>Convener</source>
        <translation>Convener</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="146"/>
        <source>Number of participants</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="147"/>
        <source>Participants&apos; names</source>
        <translation>Participants&apos; names</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="153"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="154"/>
        <source>Key points</source>
        <translation>Key points</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="155"/>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="156"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="161"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="195"/>
        <source>Mark the report as done anyway?</source>
        <translation>Mark the report as done anyway?</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="197"/>
        <source>Next steps to finish</source>
        <translation>Next steps to finish</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/report_form.py" line="240"/>
        <source>Choose a workshop on the left</source>
        <translation>Choose a workshop on the left</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/reports_tab.py" line="41"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/reports_tab.py" line="93"/>
        <source>Reports in: %1</source>
        <translation>Reports in: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/reports_tab.py" line="97"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/reports_tab.py" line="98"/>
        <source>%n in draft</source>
        <translation>
            <numerusform>%n in draft</numerusform>
            <numerusform>%n in draft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/reports_tab.py" line="99"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="27"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="31"/>
        <source>A snapshot of the file is kept every 5 minutes while it changes, and before an import, a merge, a re-plan or an applied suggestion (the last 20). The one you choose is restored into a new file; the open file is not touched.</source>
        <translation>A snapshot of the file is kept every 5 minutes while it changes, and before an import, a merge, a re-plan or an applied suggestion (the last 20). The one you choose is restored into a new file; the open file is not touched.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="36"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="38"/>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="38"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="38"/>
        <source>Blocks run</source>
        <translation>Blocks run</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="38"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="47"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="66"/>
        <source>Restore into a new file…</source>
        <translation>Restore into a new file…</translation>
    </message>
</context>
<context>
    <name>RunScreen</name>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="231"/>
        <source>Nothing to run yet: the agenda is empty.</source>
        <translation>Nothing to run yet: the agenda is empty.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="235"/>
        <source>Prepare the agenda</source>
        <translation>Prepare the agenda</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/run_screen.py" line="87"/>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/run_screen.py" line="247"/>
        <source>%1 has already spoken %n times (limit %2)</source>
        <translation>
            <numerusform>%1 has already spoken %n time (limit %2)</numerusform>
            <numerusform>%1 has already spoken %n times (limit %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/run_screen.py" line="251"/>
        <source>%1 not kept: %2 stays as on file (%3)</source>
        <translation>%1 not kept: %2 stays as on file (%3)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/run_screen.py" line="252"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/run_screen.py" line="268"/>
        <source>No block to attach the note to</source>
        <translation>No block to attach the note to</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="112"/>
        <source>Day: %1</source>
        <translation>Day: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="115"/>
        <source>Ends ≈ %1</source>
        <translation>Ends ≈ %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="128"/>
        <source>The day is over</source>
        <translation>The day is over</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="137"/>
        <source>Ended at %1 — Ctrl+E writes the synthesis</source>
        <translation>Ended at %1 — Ctrl+E writes the synthesis</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="173"/>
        <source>Next: %1  %2</source>
        <translation>Next: %1  %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="181"/>
        <source>On stage: “%1”</source>
        <translation>On stage: “%1”</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="189"/>
        <source>[stage blacked out — B]</source>
        <translation>[stage blacked out — B]</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="257"/>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="258"/>
        <source>undo the last next</source>
        <translation>undo the last next</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/run_screen.py" line="326"/>
        <source>The computer&apos;s clock jumped by %1 min (sleep or clock change). Times are counted from the clock: check the timer.</source>
        <translation>The computer&apos;s clock jumped by %1 min (sleep or clock change). Times are counted from the clock: check the timer.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="102"/>
        <source>Day of %1</source>
        <translation>Day of %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="108"/>
        <source>Planned end %1</source>
        <translation>Planned end %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="122"/>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="220"/>
        <source>taken up again at %1 (before: %2)</source>
        <translation>taken up again at %1 (before: %2)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="249"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="250"/>
        <source>start / pause</source>
        <translation>start / pause</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="253"/>
        <source>PgDn</source>
        <translation>PgDn</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="254"/>
        <source>next</source>
        <translation>next</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="260"/>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="261"/>
        <source>one minute</source>
        <translation>one minute</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="262"/>
        <source>blackout</source>
        <translation>blackout</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="263"/>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="264"/>
        <source>stage display</source>
        <translation>stage display</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="266"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="267"/>
        <source>close it</source>
        <translation>close it</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/podium_labels.py" line="269"/>
        <source>undo</source>
        <translation>undo</translation>
    </message>
</context>
<context>
    <name>RunTexts</name>
    <message>
        <location filename="../../facilitateur/ui/run/texts.py" line="38"/>
        <source>Not started — Space starts</source>
        <translation>Not started — Space starts</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/texts.py" line="40"/>
        <source>PAUSED</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/texts.py" line="42"/>
        <source>OVERTIME</source>
        <translation>OVERTIME</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/texts.py" line="44"/>
        <source>%1 min left</source>
        <translation>%1 min left</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/texts.py" line="75"/>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/texts.py" line="80"/>
        <source>+%n days</source>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/texts.py" line="81"/>
        <source>−%n days</source>
        <translation>
            <numerusform>−%n day</numerusform>
            <numerusform>−%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="130"/>
        <source>Rooms and slots</source>
        <translation>Rooms and slots</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="137"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="137"/>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="137"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="145"/>
        <source>Type over a cell to change it; Tab goes to the next one · Ins adds a room · Del removes a room without workshops</source>
        <translation>Type over a cell to change it; Tab goes to the next one · Ins adds a room · Del removes a room without workshops</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="151"/>
        <source>Add a room</source>
        <translation>Add a room</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="152"/>
        <source>Add a room (Ins), its name ready to type</source>
        <translation>Add a room (Ins), its name ready to type</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="156"/>
        <source>Remove the room</source>
        <translation>Remove the room</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="159"/>
        <source>Remove the chosen room; its workshops go back to the list (Ctrl+Z undoes it)</source>
        <translation>Remove the chosen room; its workshops go back to the list (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="180"/>
        <source>Time kept before the slots, from the block&apos;s start</source>
        <translation>Time kept before the slots, from the block&apos;s start</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="182"/>
        <source>Time kept after the slots, until the block&apos;s end</source>
        <translation>Time kept after the slots, until the block&apos;s end</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="186"/>
        <source>A time as you like: 14h30, 1430 or 14:30</source>
        <translation>A time as you like: 14h30, 1430 or 14:30</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="189"/>
        <source>Minutes between two slots, to move between rooms</source>
        <translation>Minutes between two slots, to move between rooms</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="190"/>
        <source>replacing the day&apos;s slots</source>
        <translation>replacing the day&apos;s slots</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="192"/>
        <source>The topics placed in the slots removed go back to the list (Ctrl+Z undoes it)</source>
        <translation>The topics placed in the slots removed go back to the list (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="195"/>
        <source>Generate the slots</source>
        <translation>Generate the slots</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="199"/>
        <source>Remove the slot</source>
        <translation>Remove the slot</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="200"/>
        <source>Its workshops go back to the list (Ctrl+Z undoes it)</source>
        <translation>Its workshops go back to the list (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="203"/>
        <source>Rooms (the board&apos;s columns)</source>
        <translation>Rooms (the board&apos;s columns)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="212"/>
        <source>Slots (the board&apos;s rows)</source>
        <translation>Slots (the board&apos;s rows)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="220"/>
        <source>Opening circle and marketplace</source>
        <translation>Opening circle and marketplace</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="221"/>
        <source>Report-back</source>
        <translation>Report-back</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="228"/>
        <source>Workshops from</source>
        <translation>Workshops from</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="371"/>
        <source>Open Space block of the agenda: %1</source>
        <translation>Open Space block of the agenda: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="429"/>
        <source>%n slots: %1</source>
        <translation>
            <numerusform>%n slot: %1</numerusform>
            <numerusform>%n slots: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="377"/>
        <source>The day has no Open Space block with times: give the workshops&apos; hours</source>
        <translation>The day has no Open Space block with times: give the workshops&apos; hours</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="415"/>
        <source>“%1” is not a time of day (e.g. 9:15 or 14h30)</source>
        <translation>“%1” is not a time of day (e.g. 9:15 or 14h30)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="423"/>
        <source>No slot of %1 min fits between %2 and %3</source>
        <translation>No slot of %1 min fits between %2 and %3</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="434"/>
        <source>report-back from %1 to %2</source>
        <translation>report-back from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="229"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="230"/>
        <source>slots of</source>
        <translation>slots of</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="231"/>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="281"/>
        <source>outside the Open Space hours</source>
        <translation>outside the Open Space hours</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="329"/>
        <source>Not a number of seats: write 40</source>
        <translation>Not a number of seats: write 40</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/setup_dialog.py" line="339"/>
        <source>Room %1</source>
        <translation>Room %1</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="95"/>
        <source>share of speaking time</source>
        <translation>share of speaking time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="96"/>
        <source>share of turns</source>
        <translation>share of turns</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="28"/>
        <location filename="../../facilitateur/ui/help_dialog.py" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="32"/>
        <source>Search an action, a menu or a key (e.g. note, Ctrl+K)</source>
        <translation>Search an action, a menu or a key (e.g. note, Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="35"/>
        <source>Search a shortcut</source>
        <translation>Search a shortcut</translation>
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
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/help_dialog.py" line="62"/>
        <source>Capturing notes (Ctrl+K at the podium): &lt;b&gt;D:&lt;/b&gt; decision · &lt;b&gt;A:&lt;/b&gt; action, with &lt;b&gt;@who&lt;/b&gt; and a deadline (&lt;i&gt;by %1&lt;/i&gt;, &lt;i&gt;by March 1&lt;/i&gt;, &lt;i&gt;next Friday&lt;/i&gt;, &lt;i&gt;in two weeks&lt;/i&gt;) · &lt;b&gt;?&lt;/b&gt; question · &lt;b&gt;«&lt;/b&gt; or &lt;b&gt;&quot;&lt;/b&gt; quote · &lt;b&gt;I:&lt;/b&gt; idea · anything else is a note. Esc gives the keyboard back to the podium.</source>
        <translation>Capturing notes (Ctrl+K at the podium): &lt;b&gt;D:&lt;/b&gt; decision · &lt;b&gt;A:&lt;/b&gt; action, with &lt;b&gt;@who&lt;/b&gt; and a deadline (&lt;i&gt;by %1&lt;/i&gt;, &lt;i&gt;by March 1&lt;/i&gt;, &lt;i&gt;next Friday&lt;/i&gt;, &lt;i&gt;in two weeks&lt;/i&gt;) · &lt;b&gt;?&lt;/b&gt; question · &lt;b&gt;«&lt;/b&gt; or &lt;b&gt;&quot;&lt;/b&gt; quote · &lt;b&gt;I:&lt;/b&gt; idea · anything else is a note. Esc gives the keyboard back to the podium.</translation>
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
        <translation>Businesses</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="41"/>
        <source>Local authorities</source>
        <translation>Local authorities</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="118"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="140"/>
        <source>Add: Name (organisation), role</source>
        <translation>Add: Name (organisation), role</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="141"/>
        <source>Add a speaker</source>
        <translation>Add a speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="144"/>
        <source>Add a speaker from the floor: Name (organisation), role, then Enter.
Start with ! for a point of order (at the top of the list), ? for a question, &gt; for a reply (right after the person speaking).
Ctrl+L comes here; Enter gives the keys back to the podium.</source>
        <translation>Add a speaker from the floor: Name (organisation), role, then Enter.
Start with ! for a point of order (at the top of the list), ? for a question, &gt; for a reply (right after the person speaking).
Ctrl+L comes here; Enter gives the keys back to the podium.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="156"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="159"/>
        <source>Category of a new person (the day&apos;s “worlds”)</source>
        <translation>Category of a new person (the day&apos;s “worlds”)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="160"/>
        <source>Category of a new person</source>
        <translation>Category of a new person</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="200"/>
        <source>point of order</source>
        <translation>point of order</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="201"/>
        <source>reply</source>
        <translation>reply</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="202"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="214"/>
        <source>has not spoken yet today</source>
        <translation>has not spoken yet today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="216"/>
        <source>%n turns already</source>
        <translation>
            <numerusform>%n turn already</numerusform>
            <numerusform>%n turns already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="224"/>
        <source>%n spoke</source>
        <translation>
            <numerusform>%n spoke</numerusform>
            <numerusform>%n spoke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="225"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="228"/>
        <source>★ has not spoken yet today</source>
        <translation>★ has not spoken yet today</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="248"/>
        <source>Nobody has the floor</source>
        <translation>Nobody has the floor</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="250"/>
        <source>S gives the floor to the next speaker</source>
        <translation>S gives the floor to the next speaker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaker_panel.py" line="258"/>
        <source>paused</source>
        <translation>paused</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="128"/>
        <source>Speaking time</source>
        <translation>Speaking time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="133"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="134"/>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="172"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="135"/>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="173"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="136"/>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="153"/>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="175"/>
        <source>Turns</source>
        <translation>Turns</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="137"/>
        <source>First spoke in</source>
        <translation>First spoke in</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="149"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="150"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="151"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="152"/>
        <source>Longest</source>
        <translation>Longest</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="168"/>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="180"/>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="174"/>
        <source>Share of time</source>
        <translation>Share of time</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="176"/>
        <source>Share of turns</source>
        <translation>Share of turns</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="194"/>
        <source>Per person</source>
        <translation>Per person</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="195"/>
        <source>Per block</source>
        <translation>Per block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="196"/>
        <source>Per category</source>
        <translation>Per category</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="199"/>
        <source>%1, %2 of speaking time, %3.</source>
        <translation>%1, %2 of speaking time, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="200"/>
        <source>%n turns</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="202"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/speaking_dialog.py" line="227"/>
        <source>Speaking time: %1</source>
        <translation>Speaking time: %1</translation>
    </message>
</context>
<context>
    <name>StageControl</name>
    <message>
        <location filename="../../facilitateur/ui/run/stage_control.py" line="26"/>
        <source>Screen %1</source>
        <translation>Screen %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/stage_control.py" line="50"/>
        <source>The screen the stage display goes to (F5)</source>
        <translation>The screen the stage display goes to (F5)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/stage_control.py" line="54"/>
        <source>Stage display (F5)</source>
        <translation>Stage display (F5)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/stage_control.py" line="162"/>
        <source>A second screen is connected: %1. F5 shows the stage display on it, full screen.</source>
        <translation>A second screen is connected: %1. F5 shows the stage display on it, full screen.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/stage_control.py" line="173"/>
        <source>The stage display&apos;s screen (%1) was disconnected: the stage display is closed. F5 opens it again.</source>
        <translation>The stage display&apos;s screen (%1) was disconnected: the stage display is closed. F5 opens it again.</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <location filename="../../facilitateur/ui/run/stage_window.py" line="39"/>
        <source>Stage display — Facilitateur</source>
        <translation>Stage display — Facilitateur</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/stage_window.py" line="192"/>
        <source>Begins at %1</source>
        <translation>Begins at %1</translation>
    </message>
</context>
<context>
    <name>StepTexts</name>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="16"/>
        <source>PgDn → give the floor to %1</source>
        <translation>PgDn → give the floor to %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="17"/>
        <source>PgDn → end %1’s turn (nobody waits)</source>
        <translation>PgDn → end %1’s turn (nobody waits)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="18"/>
        <source>PgDn → next block: %1</source>
        <translation>PgDn → next block: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="19"/>
        <source>PgDn → end “%1”, the last block</source>
        <translation>PgDn → end “%1”, the last block</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="20"/>
        <source>PgDn → start “%1”</source>
        <translation>PgDn → start “%1”</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="21"/>
        <source>PgDn → nothing: the day is over</source>
        <translation>PgDn → nothing: the day is over</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="24"/>
        <source>PgUp → undo: %1’s turn started</source>
        <translation>PgUp → undo: %1’s turn started</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="25"/>
        <source>PgUp → undo: %1’s turn ended</source>
        <translation>PgUp → undo: %1’s turn ended</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="26"/>
        <source>PgUp → undo: “%1” started</source>
        <translation>PgUp → undo: “%1” started</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="27"/>
        <source>PgUp → undo: “%1” ended</source>
        <translation>PgUp → undo: “%1” ended</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="30"/>
        <source>the note</source>
        <translation>the note</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="31"/>
        <source>the note-taker’s name</source>
        <translation>the note-taker’s name</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="32"/>
        <source>the speaker to add</source>
        <translation>the speaker to add</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="50"/>
        <source>PgUp → nothing to undo</source>
        <translation>PgUp → nothing to undo</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="53"/>
        <source>PgUp → cannot undo: the timers moved since (Ctrl+Z undoes)</source>
        <translation>PgUp → cannot undo: the timers moved since (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="62"/>
        <source>a field</source>
        <translation>a field</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="64"/>
        <source>⌨ Typing in %1: letters and Space type here, PgDn/PgUp still drive the podium. Enter or Esc gives the keys back.</source>
        <translation>⌨ Typing in %1: letters and Space type here, PgDn/PgUp still drive the podium. Enter or Esc gives the keys back.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="75"/>
        <source>✓ Saved as: %1</source>
        <translation>✓ Saved as: %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="77"/>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="80"/>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="82"/>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="84"/>
        <source>nobody named (@who)</source>
        <translation>nobody named (@who)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/step_texts.py" line="86"/>
        <source>%1 — “%2”</source>
        <translation>%1 — “%2”</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="40"/>
        <source>Suggested placement</source>
        <translation>Suggested placement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="44"/>
        <source>Keep the cards already on the board (place only the others)</source>
        <translation>Keep the cards already on the board (place only the others)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="51"/>
        <source>Ticked, every card on the board stays exactly where it is, even one in conflict; untick it to let the suggestion move them</source>
        <translation>Ticked, every card on the board stays exactly where it is, even one in conflict; untick it to let the suggestion move them</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="56"/>
        <source>Offer workshops in every slot (spread evenly)</source>
        <translation>Offer workshops in every slot (spread evenly)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="59"/>
        <source>Unticked: the earliest slots are filled first</source>
        <translation>Unticked: the earliest slots are filled first</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="64"/>
        <source>Suggested board</source>
        <translation>Suggested board</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="83"/>
        <source>Apply this board (Enter); Ctrl+Z undoes it</source>
        <translation>Apply this board (Enter); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="110"/>
        <source>Most-wanted topics in the largest rooms, popular topics at different times, nobody convening two workshops at once; pinned cards stay.</source>
        <translation>Most-wanted topics in the largest rooms, popular topics at different times, nobody convening two workshops at once; pinned cards stay.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="132"/>
        <source>%n topics placed</source>
        <translation>
            <numerusform>%n topic placed</numerusform>
            <numerusform>%n topics placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="138"/>
        <source>Interest seated: %1 of %n dots (now %2)</source>
        <translation>
            <numerusform>Interest seated: %1 of %n dot (now %2)</numerusform>
            <numerusform>Interest seated: %1 of %n dots (now %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="143"/>
        <source>%n conflicts removed</source>
        <translation>
            <numerusform>%n conflict removed</numerusform>
            <numerusform>%n conflicts removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="145"/>
        <source>%n conflicts left on the board</source>
        <translation>
            <numerusform>%n conflict left on the board</numerusform>
            <numerusform>%n conflicts left on the board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="158"/>
        <source>%n cards moved, shaded below</source>
        <translation>
            <numerusform>%n card moved, shaded below</numerusform>
            <numerusform>%n cards moved, shaded below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="162"/>
        <source>%n topics stay in the list: no cell free for them</source>
        <translation>
            <numerusform>%n topic stays in the list: no cell free for it</numerusform>
            <numerusform>%n topics stay in the list: no cell free for them</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="134"/>
        <source>(now %1)</source>
        <translation>(now %1)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="148"/>
        <source>(untick “Keep the cards already on the board” to let the suggestion mend them)</source>
        <translation>(untick “Keep the cards already on the board” to let the suggestion mend them)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="153"/>
        <source>Workshops per slot: %1 (now %2)</source>
        <translation>Workshops per slot: %1 (now %2)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/suggest_dialog.py" line="166"/>
        <source>The board as it is cannot be improved: Apply changes nothing.</source>
        <translation>The board as it is cannot be improved: Apply changes nothing.</translation>
    </message>
</context>
<context>
    <name>TakeUpDialog</name>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="31"/>
        <source>Take up a block again</source>
        <translation>Take up a block again</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="34"/>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="47"/>
        <source>ran %1</source>
        <translation>ran %1</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="47"/>
        <source>not run yet</source>
        <translation>not run yet</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="60"/>
        <source>Take it up now</source>
        <translation>Take it up now</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/run/take_up_dialog.py" line="68"/>
        <source>The block under way ends; the one chosen runs again from now, as a second interval (its first one is kept). PgUp would rather undo the last PgDn.</source>
        <translation>The block under way ends; the one chosen runs again from now, as a second interval (its first one is kept). PgUp would rather undo the last PgDn.</translation>
    </message>
</context>
<context>
    <name>TopicBar</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="40"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="41"/>
        <source>+1 dot</source>
        <translation>+1 dot</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="42"/>
        <source>−1 dot</source>
        <translation>−1 dot</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="43"/>
        <source>Pin / unpin</source>
        <translation>Pin / unpin</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="44"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="45"/>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="46"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="54"/>
        <source>Back to the list (Del on the board)</source>
        <translation>Back to the list (Del on the board)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="56"/>
        <source>Withdraw the topic from the marketplace (Ctrl+Z brings it back)</source>
        <translation>Withdraw the topic from the marketplace (Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_bar.py" line="75"/>
        <source>Only a card on the board can be pinned.</source>
        <translation>Only a card on the board can be pinned.</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="27"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="30"/>
        <source>Several: Anne Martin, Paul Roux</source>
        <translation>Several: Anne Martin, Paul Roux</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="35"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="36"/>
        <source>Convened by</source>
        <translation>Convened by</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="37"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/openspace/topic_dialogs.py" line="38"/>
        <source>Interest (dots)</source>
        <translation>Interest (dots)</translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <location filename="../../facilitateur/ui/openspace/board_view.py" line="133"/>
        <source>Topics to place</source>
        <translation>Topics to place</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="86"/>
        <source>Run your gathering from the podium, offline, and write its synthesis the same evening.</source>
        <translation>Run your gathering from the podium, offline, and write its synthesis the same evening.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="203"/>
        <source>New empty event</source>
        <translation>New empty event</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="206"/>
        <source>Open an event file…</source>
        <translation>Open an event file…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="213"/>
        <source>Connect to a shared event…</source>
        <translation>Connect to a shared event…</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="108"/>
        <location filename="../../facilitateur/ui/welcome.py" line="113"/>
        <source>Recent events</source>
        <translation>Recent events</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="31"/>
        <source>Prepare: the agenda, its speakers, the rooms</source>
        <translation>Prepare: the agenda, its speakers, the rooms</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="34"/>
        <source>Run the day from the podium: Space starts and pauses</source>
        <translation>Run the day from the podium: Space starts and pauses</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="38"/>
        <source>The clicker: next speaker or next block, and back (undone exactly)</source>
        <translation>The clicker: next speaker or next block, and back (undone exactly)</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="42"/>
        <source>The timer on the stage display, for the speakers</source>
        <translation>The timer on the stage display, for the speakers</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="45"/>
        <source>Notes: decisions, actions, quotes, typed as they come</source>
        <translation>Notes: decisions, actions, quotes, typed as they come</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="49"/>
        <source>Open Space: topics, the board, workshop reports, the dots</source>
        <translation>Open Space: topics, the board, workshop reports, the dots</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="53"/>
        <source>The synthesis in PDF, the same evening</source>
        <translation>The synthesis in PDF, the same evening</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="124"/>
        <source>None yet. The sample day, as run, shows every screen filled in: the podium, the notes, the speaking times, the Open Space and the synthesis.</source>
        <translation>None yet. The sample day, as run, shows every screen filled in: the podium, the notes, the speaking times, the Open Space and the synthesis.</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="189"/>
        <source>Open the sample day, already run</source>
        <translation>Open the sample day, already run</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="191"/>
        <source>The reference day of 2016 as it was run: speakers, notes, Open Space, synthesis</source>
        <translation>The reference day of 2016 as it was run: speakers, notes, Open Space, synthesis</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="198"/>
        <source>Open the sample day, prepared</source>
        <translation>Open the sample day, prepared</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="199"/>
        <source>Its programme ready to run: to try the podium and the clicker</source>
        <translation>Its programme ready to run: to try the podium and the clicker</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/welcome.py" line="242"/>
        <source>%1   —   shared, on %2</source>
        <translation>%1   —   shared, on %2</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="84"/>
        <source>every 5 minutes</source>
        <translation>every 5 minutes</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="85"/>
        <source>before importing a programme</source>
        <translation>before importing a programme</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="86"/>
        <source>before a merge</source>
        <translation>before a merge</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="87"/>
        <source>before re-planning</source>
        <translation>before re-planning</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="88"/>
        <source>before a suggested placement</source>
        <translation>before a suggested placement</translation>
    </message>
    <message>
        <location filename="../../facilitateur/ui/restore_dialog.py" line="93"/>
        <source>before updating the file&apos;s format</source>
        <translation>before updating the file&apos;s format</translation>
    </message>
</context>
</TS>
