"""Score the programme reader against the corpus of real programmes in tests/programmes/.

Each programme `NAME.txt` comes with `NAME.source.txt` (where it was published, its layout) and
`NAME.expected.json` (its days, blocks and speakers as a person reads them). The scores:

- a file is read *exactly* when it has the expected days (with their dates) and, day by day, the
  expected blocks in order: same start, end and kind, a title that begins as expected, and the
  same speakers (name, organisation, role) on the block and its items;
- blocks are compared on (day, start, end, kind), speakers on (name, organisation, role), as
  precision (how much of what was read is right) and recall (how much of what is there was read).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "programmes"

# Chosen before the reader was tuned on the corpus (every third file by name) and never used to
# tune it: the figures on these files are those of programmes the reader has not seen.
HELD_OUT = (
    "en_cleft2022_monday",
    "en_highimpact_tec",
    "en_kansas_mappers",
    "en_utm_research_conference",
    "fr_assises_departements",
    "fr_colloque_artisans_paix",
    "fr_colloque_la_haye",
    "fr_convention_iesf",
    "fr_forum_ouvert_pnth",
    "fr_tournoi_rondes",
)

# Collected after the reader's last change, their expectations written before it ever read
# them, measured once: the figures of programmes the reader has never seen. (The held-out
# third above was looked at after its first measure, to fix what it showed.)
FRESH = (
    "en_ata_symposium",
    "en_icema_2018",
    "en_intersect_training",
    "fr_colloque_photographie_toulouse",
    "fr_rencontre_coresponsabilite",
    "fr_seminaire_associations_citoyennes",
)

# Collected in a second round, before the reader was changed for generality, their
# expectations written by reading them, and measured once with the reader as it was: the
# baseline on unseen programmes for that round.
FRESH_2 = (
    "en_angelhack_berlin",
    "en_flatiron_hack_week",
    "en_hackrpi_schedule",
    "en_hcixb_symposium",
    "en_offis_tracking_workshop",
    "en_openhack_agenda",
    "en_ridgehacks_schedule",
    "en_twmun_agenda",
    "en_uroi_rural_university",
    "en_vhack_amsterdam",
    "en_ymge_mun",
    "fr_convention_adcf",
    "fr_rencontre_elisee_reclus",
    "fr_rencontres_rnma",
    "fr_seminaire_tim_forum",
)

# Collected after the reader's changes for generality were done, frozen before the reader read
# them, measured once: the figure the goal (7 of 7 exact, 90 % of speakers, on
# programmes never seen) is judged on.
FRESH_3 = (
    "en_devops_unconference_meetup",
    "en_lernet_school_day",
    "en_nottingham_headstart_day",
    "fr_argeles_reunions_secteur",
    "fr_fete_automne_poulailler",
    "fr_reunion_publique_ecologie",
    "fr_villefranche_journee_eau",
)

# Collected in a fourth round by someone who never ran the reader, their expectations written
# before it read them, measured once after the reader's second round of rules for generality
# (which was tuned on every group above, fresh-3 included): the figure on unseen programmes.
FRESH_4 = (
    "en_barcamp_boston_grid",
    "en_hancock_symposium_2020",
    "en_synthetic_data_workshop",
    "en_uoregon_undergrad_symposium",
    "fr_forum_cultures_alsace",
    "fr_laref_demi_journee",
    "fr_ulb_apres_midi_urgences",
)

# Collected in a fifth round, while the reader's fourth round was under way, by someone who
# never ran it, expectations written first; measured once when that round landed.
FRESH_5 = (
    "en_barcamp_london_nine",
    "en_iapnm24_programme",
    "en_ipfpc_agm_2017",
    "en_wasatch_camera_annual_meeting",
    "fr_controverses_europeennes_2018",
    "fr_essnormandie_agroecologie",
    "fr_unieteverts_agriculture",
)

# Collected in a sixth round, while the reader's fifth round was under way, by someone who never
# ran it, expectations written first; measured once when that round landed.
FRESH_6 = (
    "en_big2017_workshop",
    "en_eaap2021_davos_programme",
    "en_openspace_wikispaces_agenda",
    "en_remoteforever_openspace_day",
    "fr_bonneuil_elus_rencontre",
    "fr_calvados_xxie_siecle_zenith",
    "fr_plaine_energie_citoyenne_journee",
)

# Collected in a seventh round, while the reader's sixth round was under way, by someone who
# never ran it, expectations written first; measured once when that round landed.
FRESH_7 = (
    "en_100whocare_capeann_gathering",
    "en_ecsu_nsf_stc_workshop",
    "en_melbourne_wireless_meeting",
    "en_sun_nurses_annual_meeting_2018",
    "fr_cdd2022_programme_ens_lyon",
    "fr_ihest_session_ouverture",
    "fr_mauroux_sainte_barbe",
)

FRESH_8 = (
    "en_barcamp_day_estimate",
    "en_cooloola_coastcare_agm",
    "en_iswc2016_doctoral_consortium",
    "en_utah_tax_task_force_hearing",
    "fr_forum_ouvert_energie_flaux",
    "fr_gaillac_reunions_quartier",
    "fr_utl_conferences_lundi",
)

FRESH_9 = (
    "en_auvergne_youth_forum_day",
    "en_barcampqld_goldcoast_schedule",
    "en_megacities_coordination_workshop",
    "en_origamiusa_convention_hours",
    "fr_alignan_week_end_11_novembre",
    "fr_convention_laique_wavre",
    "fr_maires_ruraux_yonne_ag",
)

FRESH_10 = (
    "en_bga2017_postgraduate_meeting",
    "en_charlottetown_unconference_day_one",
    "en_ecer2012_erc_timetable",
    "en_trinity_planning_retreat",
    "fr_congres_maires_isere_2016",
    "fr_ivry_fete_quartier_centre_ville",
    "fr_lelocal_fete_quartier_2019",
)

FRESH_11 = (
    "en_abide_writers_retreat",
    "en_st_davids_writers_conference",
    "en_uhh_nanohybrid_graduate_day",
    "fr_cocisol_cafe_associatif_ag",
    "fr_coltainville_ceremonie_8_mai",
    "fr_thiviers_forum_ouvert_citoyen",
    "fr_unamur_colloque_belgique_allemagne",
)

FRESH_12 = (
    "en_fauquier_board_retreat",
    "en_future_commerce_unconference",
    "en_greens_north_island_agm",
    "en_slm_fall_retreat_schedule",
    "fr_dynamics_colmar_programme",
    "fr_senegal_cinquante_ans_independance",
    "fr_vautrin_assises_departements_angers",
)

FRESH_13 = (
    "en_copda2014_workshop",
    "en_envision_oakpoint_workshop",
    "en_findingpheno_general_assembly",
    "en_summerland_smart_growth_workshop",
    "fr_abrahammazel_rencontres_ete",
    "fr_elan_journee_art_autisme",
    "fr_oustau_vaucluso_cinquantenaire",
)
FRESH_14 = (
    "en_iwaenc2022_overview",
    "en_mageunconference_program",
    "en_youthfac_fall_retreat_itinerary",
    "fr_afbv_biotechnologies_colloque",
    "fr_leluc_fete_pain_patrimoine",
    "fr_rhonealpes_journee_animateurs_cld",
    "fr_valauperche_ag_club_amitie",
)
FRESH_15 = (
    "en_north_collins_dissolution_meetings",
    "en_rhessi_workshop_schedule",
    "en_springwater_silent_retreat",
    "en_wordcamp_nyc_sunday_afternoon",
    "fr_celleneuve_journee_citoyenne",
    "fr_pernety_conseil_quartier_pleniere",
    "fr_saf_oree_agriculture_urbaine",
)
FRESH_16 = (
    "en_chai2022_workshop_schedule",
    "en_gta_syd_unconference_agenda",
    "en_palestine_herald_festival_schedule",
    "en_utopia56_general_assembly",
    "fr_pollec_seminaire_2022",
    "fr_subterranea_congres_2021",
    "fr_sudweb_2019_deroule",
)
FRESH_17 = (
    "en_beaconhill_nbhc_potluck_meeting",
    "en_links_southern_area_agenda",
    "en_robots_wild_icra2025_schedule",
    "en_uniteddiversity_open_space_day",
    "fr_icpc_rencontre_concertation_amif",
    "fr_lekalepin_mrjc_90_ans_week_end",
    "fr_owasp_france_meeting_epitech_2009",
)
FRESH_18 = (
    "en_containerdays_boston_openspaces",
    "en_paleohack_schedule",
    "en_starkville_tech_meetup_agenda",
    "fr_iybssd_printemps_interdisciplinarite",
    "fr_lapugnoy_fete_foraine_septembre",
    "fr_mrjc_tes_rien_sans_agriculture",
    "fr_planete_emergences_rencontres_coppens",
)
FRESH_19 = (
    "en_altrusa_district_nine_conference",
    "en_cityandstate_education_summit",
    "en_iclr23_bands_workshop",
    "en_wintertechforum_open_spaces",
    "fr_ess_societe_associations_vie_locale",
    "fr_essentielmans_colloque_2017",
    "fr_patay_festivites_13_14_juillet",
)

FRESH_20 = (
    "en_boxing_ontario_agm_2014",
    "en_cmu_acsdl_workshop_agenda",
    "en_sei_software_ai_workshop",
    "fr_drome_journee_aidants_crest",
    "fr_gagnons_ensemble_soiree",
    "fr_thenac_conversations_litteraires",
    "fr_une_femme_une_voix_programme",
)

FRESH_21 = (
    "en_devopsdays_raleigh_2017_day_one",
    "en_dmcm2023_programme",
    "en_viriditas_workshop_agenda",
    "en_womenplus_ecr_symposium",
    "fr_fun_conference_ia_education_jeudi",
    "fr_maison_poesie_rennes_ag",
    "fr_swcraft_forum_ouvert_lyon_paris",
)


FRESH_22 = (
    "en_oggm_lahore_training_week",
    "en_seattle_neighborhood_summit_2014",
    "en_socrates_uk_timetable_open_space",
    "fr_dob_journee_etude_musique_regime_nazi",
    "fr_odas_maires_pacte_republicain_senat",
    "fr_regain_colibres_portes_ouvertes",
    "fr_rouen_democratie_participative_colloque",
)


FRESH_23 = (
    "en_fi_in_pse_daily_programme",
    "en_georgetown_conference_agenda",
    "en_ncdd_2004_conference_schedule",
    "en_wayne_county_education_summit",
    "fr_ajaccio_fete_solidarite_tables_rondes",
    "fr_bobigny_cabaret_forum_citoyen",
    "fr_chemille_agir_ensemble_territoire",
)


FRESH_24 = (
    "en_barcamp_saskatoon_2011",
    "en_forward_cities_member_workshop",
    "en_lmc_annual_conference_2017",
    "en_sister_cities_2017_conference_agenda",
    "fr_poitiers_armenie_urgences_soiree",
    "fr_sfsic_cultures_sciences_europe",
    "fr_troyes_cafe_citoyen_isolement",
)


FRESH_25 = (
    "en_dona_leadership_summit_2019",
    "en_mass_friends_libraries_annual_meeting",
    "en_wikimedia_board_meeting_agenda",
    "fr_cnlaps_colloque_faire_societe",
    "fr_colloque_condorcet_democrate",
    "fr_egaa_yonne_vendredi_eau",
    "fr_entretiens_pradel_2019",
)


FRESH_26 = (
    "en_labhack_2014_schedule",
    "en_lhena_annual_meeting",
    "en_ucdavis_isoseq_workshop",
    "en_union_nebraska_road_map",
    "fr_efa44_assemblee_generale",
    "fr_miramap_rencontre_nationale_amap",
    "fr_thealtres_donnees_theatre",
)


FRESH_27 = (
    "en_bafa2017_program",
    "en_cosc_winter_meeting_2018",
    "en_engineroom_meetup_2",
    "fr_banquet_citoyen_bergerac",
    "fr_dig_sessions_accompagnement",
    "fr_heliofilms_cine_debat_alimenterre",
    "fr_vigiliantes_week_end_nourricier",
)


FRESH_28 = (
    "en_embc2025_multimodal_ai_workshop",
    "en_openafs_workshop_2019_timetables",
    "en_sustain_oss_agenda_table",
    "fr_bruded_rencontre_elus_agriculteurs",
    "fr_ccfd_coutances_journee_accueil_partenaire",
    "fr_conseil_municipal_ordre_du_jour_juillet",
    "fr_mouvement_associatif_cvl_matinee_29_mai",
)


FRESH_29 = (
    "en_maywood_park_council_community_discussion",
    "en_saturn2015_microservices_workshop",
    "en_umaine_extension_all_org_meeting",
    "fr_capitole_libre_tableau_conferences",
    "fr_epinal_rencontre_inter_associations",
    "fr_foire_au_lard_programme_2021",
    "fr_fol_ardeche_printemps_laicite",
)


FRESH_30 = (
    "en_fwna_annual_meeting_plan",
    "en_ieeedistill_workshop_table",
    "en_rubydcamp_za_open_space",
    "fr_balsamine_tribune_ouverte",
    "fr_bordeaux_mediatheque_terre_accueil",
    "fr_grand_couronne_conseil_communautaire",
    "fr_questembert_forum_village_sport",
)

FRESH_31 = (
    "en_10power_regional_summit_2011",
    "en_frontendconf_unconference_saturday",
    "en_perls_neurips_workshop_table",
    "en_saratoga_charter_commission_agenda",
    "fr_aecs_agenda_assemblee_generale",
    "fr_survoltes_inauguration_parc",
    "fr_tactikollectif_etats_generaux_education",
)

FRESH_32 = (
    "en_brookings_dc_region_forum",
    "en_devcon_london_unconference",
    "en_monash_microbiome_symposium",
    "en_mozilla_drumbeat_nyc_agenda",
    "fr_boissise_jumelage_caerano",
    "fr_centres_sociaux_pouvoir_agir_poitiers",
    "fr_coordination_hopitaux_ivry_rencontre",
)

FRESH_33 = (
    "en_matinenda_agm_2009",
    "en_ncpca_meeting_tonight",
    "en_nscna_general_meeting_2007",
    "en_restfest_2010_agenda",
    "fr_altkirch_journee_citoyenne",
    "fr_conseil_quartier_pernety_releve_2019",
    "fr_parisjug_soiree_serverless",
)

FRESH_34 = (
    "en_barcamp_berkshire_schedule",
    "en_nwpt24_workshop_program",
    "en_rfc_congress_2019_schedule",
    "fr_apvf_journee_etude_sciencespo_senat",
    "fr_fscf_congres_federal_le_mans",
    "fr_igas_colloque_programme_tableau",
    "fr_maine_et_loire_seance_departementale",
)

FRESH_35 = (
    "en_esgi2017_week_program_table",
    "en_ikbest4_ganil_timetable",
    "en_samman_online_open_space",
    "fr_cinov_ag_debat_participation_citoyenne",
    "fr_leburgaud_conseil_municipal_mars_2009",
    "fr_saint_julien_fete_conscrits_2014",
    "fr_upop_crache_conf_29_juin",
)


FRESH_36 = (
    "en_barcamp_deland_schedule",
    "en_foster_powell_general_meeting",
    "en_mn_rare_disease_council_meeting",
    "en_rna_informatics_workshop_mcgill",
    "fr_cachan_conseil_quartier_plaine_prairie",
    "fr_ens_lyon_visite_sophia_2025",
    "fr_millebabords_soiree_collectivites_sans_ogm",
)


FRESH_37 = (
    "en_barcamp_portland_4_schedule",
    "en_evalnlg2020_workshop_programme_table",
    "en_seattle_federation_july_2009_meeting",
    "fr_albi_fete_transition_citoyenne_2018",
    "fr_amap_isere_rencontres_changeons_alimentation",
    "fr_amap_tarn_fete_annuelle_borie_maigre",
    "fr_medullienne_conseil_communautaire_juin_2014",
)


FRESH_38 = (
    "en_agile_culture_conference_program_table",
    "en_franklin_beekeepers_october_business_meeting",
    "en_mayors_mental_health_listening_session",
    "en_slug23_byu_agenda_table",
    "fr_chapelle_saint_luc_conseil_municipal_dob",
    "fr_larbresle_forum_citoyen_2023",
    "fr_velolongchamp_ag_janvier_2022",
)


FRESH_39 = (
    "en_indiewebcamp_nyc_2017_schedule",
    "en_petsc_cass_bof_feb_2026_table",
    "en_trailside_point_block_watch_may_2010",
    "fr_croix_de_pierre_fete_quartier_2024",
    "fr_fne_bfc_journee_sobriete_dijon_2022",
    "fr_journees_citoyennes_congres_2021",
    "fr_menerval_conseil_municipal_octobre_2020",
)


FRESH_40 = (
    "en_coconino_master_gardeners_meeting_agenda",
    "en_cyberscience_program_overview_table",
    "en_phoenix_civic_open_space_timing",
    "fr_amicale_saint_etienne_ag_demi_journee",
    "fr_cmr_bonheur_assiette_anzin",
    "fr_infogm_neufchateau_rencontres_alimentation",
    "fr_thuret_reunions_publiques_tag",
)


FRESH_41 = (
    "en_austin_council_budget_input_batches",
    "en_software_architecture_forum_open_spaces_week",
    "en_usmayors_1999_annual_meeting_agenda",
    "fr_cayenne_rencontre_citoyenne_hexagone",
    "fr_coteaux_lizon_reunion_publique_plui",
    "fr_jfpc2021_grille_programme_jours_en_colonnes",
    "fr_perche_nature_naturiales_week_end",
)


FRESH_42 = (
    "en_agile_open_management_2016_open_space",
    "en_art_of_robustness_iros2025_table",
    "en_gptp2019_workshop_four_days",
    "fr_angers_soiree_debat_sante_leem",
    "fr_lacelle_les_bordes_conseil_municipal_novembre",
    "fr_mutualite_paca_corse_interregionale",
    "fr_pauavelo_ag_extraordinaire_2019",
)


FRESH_43 = (
    "en_codeforoakland_hackathon_schedule",
    "en_hbctraining_dge_workshop_two_days_table",
    "en_minited2014_summer_school_programme",
    "en_pipsc_sp_group_agm_2018",
    "fr_anciens_armons_ag_statutaire",
    "fr_concarneau_conseil_communautaire_decembre_2019",
    "fr_pluzunet_inauguration_centre_culturel",
)


FRESH_44 = (
    "en_hebden_bridge_transition_town_meeting",
    "en_manitoba_nature_summit_2022_two_days",
    "en_timeworld2019_thursday_amphis_table",
    "fr_akbou_colloque_premier_novembre_1954",
    "fr_gironde_urgences_democratiques_ateliers",
    "fr_mairie17_colloque_guerre_algerie",
    "fr_osons_avenir_rencontre_citoyenne_sante",
)


FRESH_45 = (
    "en_nclf_triangle_meetings_schedules",
    "en_pace_council_foundations_open_session",
    "en_tor_rome_2018_daily_agenda_open_space",
    "en_ufl_precision_immunology_forum_two_days",
    "fr_acadiene_aga_forum_communautaire",
    "fr_chretiens_mediterranee_colloque_algerie_samedi",
    "fr_inforsid_atelier_simpletext_apres_midi",
)


FRESH_46 = (
    "en_jcrete_2025_open_space_rooms_table",
    "en_pfr_data_science_workshop_programme_table",
    "en_vipss2024_summer_school_week_one",
    "fr_barjac_rencontres_histoire_locale",
    "fr_chsspaca_forum_societes_savantes_provence",
    "fr_dirigeantes_territoires_colloque_montpellier",
    "fr_parolesdefemmes_colloque_parite_diversite",
)


FRESH_47 = (
    "en_arborlodge_neighborhood_public_meeting",
    "en_barcamp_london_seven_schedule",
    "en_llvm_ad_itsc2025_workshop_table",
    "en_senior_dining_association_conference_agenda",
    "fr_coordination_hopitaux_vire_rencontres_2013",
    "fr_grab_quarantenaire_conferences_ag",
    "fr_vaucouleurs_prix_schandalow_conference",
)


FRESH_48 = (
    "en_govcamp_act_draft_schedule",
    "en_montavilla_na_general_meeting_sept_2018",
    "en_ucdavis_ai_literacy_workshop_table",
    "fr_boischaut_rencontre_rurale_citoyenne",
    "fr_bpi_journee_etude_lecture_jeunes_adultes",
    "fr_enssib_colloque_fonds_locaux_matinee",
    "fr_habitat_groupe_salon_lln_2013",
)


def names() -> list[str]:
    """The corpus' programmes, by name."""
    return sorted(p.name[: -len(".txt")] for p in CORPUS.glob("*.txt") if ".source" not in p.name)


def source(name: str) -> dict[str, str]:
    """The fields of a programme's source note (source, layout, category, language)."""
    text = (CORPUS / f"{name}.source.txt").read_text(encoding="utf-8")
    return dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)


def norm(text: str | None) -> str:
    """Text compared loosely: case, accents' forms, apostrophes, spaces and end punctuation."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).casefold().replace("’", "'")
    return " ".join(text.split()).strip(" .,;:")


def _speaker(s: dict) -> tuple[str, str, str]:
    return norm(s.get("name")), norm(s.get("organisation")), norm(s.get("role"))


def _block_speakers(b: dict) -> list[tuple[str, str, str]]:
    people = [_speaker(s) for s in b.get("speakers", [])]
    for item in b.get("items", []):
        people += [_speaker(s) for s in item.get("speakers", [])]
    return sorted(people)


@dataclass
class Score:
    """Counts for one file or a set of files."""

    files: int = 0
    exact: int = 0
    blocks_expected: int = 0
    blocks_read: int = 0
    blocks_right: int = 0
    speakers_expected: int = 0
    speakers_read: int = 0
    speakers_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for key in (
            "files",
            "exact",
            "blocks_expected",
            "blocks_read",
            "blocks_right",
            "speakers_expected",
            "speakers_read",
            "speakers_right",
        ):
            setattr(self, key, getattr(self, key) + getattr(other, key))
        self.misses += other.misses


def _ratio(right: int, total: int) -> str:
    return f"{right}/{total} ({100 * right / total:.0f} %)" if total else "–"


def describe(s: Score) -> str:
    """One line of figures."""
    return (
        f"exact {s.exact}/{s.files}; blocks precision {_ratio(s.blocks_right, s.blocks_read)} "
        f"recall {_ratio(s.blocks_right, s.blocks_expected)}; speakers precision "
        f"{_ratio(s.speakers_right, s.speakers_read)} recall "
        f"{_ratio(s.speakers_right, s.speakers_expected)}"
    )


def first_difference(got: dict, expected: dict) -> str | None:
    """Why a reading is not exact (None when it is)."""
    gdays, edays = got.get("days", []), expected["days"]
    if len(gdays) != len(edays):
        return f"{len(gdays)} days read, {len(edays)} expected"
    for d, (gd, ed) in enumerate(zip(gdays, edays, strict=True)):
        if gd.get("date") != ed["date"]:
            return f"day {d + 1}: date {gd.get('date')} instead of {ed['date']}"
        gb, eb = gd["blocks"], ed["blocks"]
        for i, e in enumerate(eb):
            if i >= len(gb):
                return f"day {d + 1}: block {i + 1} “{e['title']}” missing"
            g = gb[i]
            where = f"day {d + 1}, block {i + 1} “{e['title'][:40]}”"
            for key in ("start", "end", "kind"):
                if g.get(key) != e[key]:
                    return f"{where}: {key} {g.get(key)} instead of {e[key]}"
            if not norm(g["title"]).startswith(norm(e["title"])):
                return f"{where}: title “{g['title'][:60]}”"
            if _block_speakers(g) != _block_speakers(e):
                return f"{where}: speakers {_block_speakers(g)} instead of {_block_speakers(e)}"
        if len(gb) > len(eb):
            return f"day {d + 1}: extra block “{gb[len(eb)]['title'][:50]}”"
    return None


def score(name: str, got: dict | None) -> Score:
    """Compare the reading of one programme (None when the reader refused it) with its expectation."""
    expected = json.loads((CORPUS / f"{name}.expected.json").read_text(encoding="utf-8"))
    s = Score(files=1)
    e_blocks: Counter = Counter()
    e_people: Counter = Counter()
    for d, day in enumerate(expected["days"]):
        for b in day["blocks"]:
            e_blocks[(d, b["start"], b["end"], b["kind"])] += 1
            e_people.update(_block_speakers(b))
    s.blocks_expected, s.speakers_expected = e_blocks.total(), e_people.total()
    if got is None:
        s.misses.append(f"{name}: refused")
        return s
    g_blocks: Counter = Counter()
    g_people: Counter = Counter()
    for d, day in enumerate(got["days"]):
        for b in day["blocks"]:
            g_blocks[(d, b["start"], b["end"], b["kind"])] += 1
            g_people.update(_block_speakers(b))
    s.blocks_read, s.speakers_read = g_blocks.total(), g_people.total()
    s.blocks_right = (g_blocks & e_blocks).total()
    s.speakers_right = (g_people & e_people).total()
    why = first_difference(got, expected)
    if why is None:
        s.exact = 1
    else:
        s.misses.append(f"{name}: {why}")
    return s


def read(name: str) -> dict | None:
    """The reader's reading of a corpus programme, or None when it refuses it."""
    from facilitateur.models.programme import ProgrammeError, parse_file

    try:
        return parse_file(CORPUS / f"{name}.txt")
    except ProgrammeError:
        return None


# The parts measured unseen, each once, in the order they were collected (see
# docs/benchmarks.md); the rest of the corpus is the part the reader was tuned on.
PARTS: dict[str, tuple[str, ...]] = {
    "held out": HELD_OUT,
    "fresh": FRESH,
    "fresh-2": FRESH_2,
    "fresh-3": FRESH_3,
    "fresh-4": FRESH_4,
    "fresh-5": FRESH_5,
    "fresh-6": FRESH_6,
    "fresh-7": FRESH_7,
    "fresh-8": FRESH_8,
    "fresh-9": FRESH_9,
    "fresh-10": FRESH_10,
    "fresh-11": FRESH_11,
    "fresh-12": FRESH_12,
    "fresh-13": FRESH_13,
    "fresh-14": FRESH_14,
    "fresh-15": FRESH_15,
    "fresh-16": FRESH_16,
    "fresh-17": FRESH_17,
    "fresh-18": FRESH_18,
    "fresh-19": FRESH_19,
    "fresh-20": FRESH_20,
    "fresh-21": FRESH_21,
    "fresh-22": FRESH_22,
    "fresh-23": FRESH_23,
    "fresh-24": FRESH_24,
    "fresh-25": FRESH_25,
    "fresh-26": FRESH_26,
    "fresh-27": FRESH_27,
    "fresh-28": FRESH_28,
    "fresh-29": FRESH_29,
    "fresh-30": FRESH_30,
    "fresh-31": FRESH_31,
    "fresh-32": FRESH_32,
    "fresh-33": FRESH_33,
    "fresh-34": FRESH_34,
    "fresh-35": FRESH_35,
    "fresh-36": FRESH_36,
    "fresh-37": FRESH_37,
    "fresh-38": FRESH_38,
    "fresh-39": FRESH_39,
    "fresh-40": FRESH_40,
    "fresh-41": FRESH_41,
    "fresh-42": FRESH_42,
    "fresh-43": FRESH_43,
    "fresh-44": FRESH_44,
    "fresh-45": FRESH_45,
    "fresh-46": FRESH_46,
    "fresh-47": FRESH_47,
    "fresh-48": FRESH_48,
}
CHOICES = {"all": None, "tuned": "tuned on", "held-out": "held out"} | {
    p: p for p in PARTS if p.startswith("fresh")
}


def part_of(name: str) -> str:
    """Which part of the corpus a programme belongs to."""
    return next((part for part, names in PARTS.items() if name in names), "tuned on")


def _split_words(category: str) -> str:
    return re.sub(r"\s+", " ", category)


def report(which: str = "all", verbose: bool = False) -> list[str]:
    """Lines of figures: per layout, the tuned part, the held-out part and the whole corpus."""
    part = {n: part_of(n) for n in names()}
    wanted = CHOICES[which]
    chosen = [n for n in names() if wanted is None or part[n] == wanted]
    by_layout: dict[str, Score] = {}
    halves = {p: Score() for p in ("tuned on", *PARTS)}
    total = Score()
    for n in chosen:
        s = score(n, read(n))
        by_layout.setdefault(_split_words(source(n).get("category", "?")), Score()).add(s)
        halves[part[n]].add(s)
        total.add(s)
    lines = [f"{'layout':<22} {'files':>5}  figures"]
    for layout in sorted(by_layout):
        s = by_layout[layout]
        lines.append(f"{layout:<22} {s.files:>5}  {describe(s)}")
    lines.append("")
    for label, s in halves.items():
        if s.files:
            lines.append(f"{label + ' (' + str(s.files) + ' files)':<28} {describe(s)}")
    lines.append(f"{'all (' + str(total.files) + ' files)':<28} {describe(total)}")
    if verbose:
        lines += ["", "not exact:"] + [f"  {m}" for m in total.misses]
    return lines
