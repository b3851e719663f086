"""Les textes du post-mortem d'exemple intégré, en français."""

from typing import Final

from workshop.sample.build import ActionTexts, SampleTexts

TEXTS_FR: Final = SampleTexts(
    language="fr",
    campaign="Relance emailing offre Pro de printemps",
    channels=("Emailing", "Page d'atterrissage", "Reciblage LinkedIn"),
    objective=(
        "Faire passer 360 clients Starter à l'offre Pro (2 % des 18 000 contacts ciblés) "
        "entre le 2 et le 31 mars 2026, avec un coût d'acquisition inférieur à 35 EUR."
    ),
    kpi_names={
        "kpi-1": "Taux d'ouverture",
        "kpi-2": "Taux de clic",
        "kpi-3": "Taux de passage à Pro",
        "kpi-4": "Coût par acquisition",
    },
    signal_notes={
        "low_roi": (
            "Chaque passage à Pro a coûté 169 EUR, alors qu'un client Pro rapporte environ "
            "140 EUR de marge supplémentaire sur deux ans : chaque vente nous a fait perdre "
            "de l'argent."
        ),
        "low_conversion": (
            "Les ouvertures étaient bonnes. Le tunnel casse deux fois : entre l'ouverture et "
            "le clic, puis entre le clic et la souscription sur la page d'atterrissage."
        ),
        "high_churn": (
            "1,9 % de désinscriptions contre 0,3 % pour nos envois habituels, et 214 plaintes "
            "pour spam."
        ),
        "weak_engagement": "Seul le reciblage LinkedIn avait un volet social, et il pesait peu.",
        "negative_sentiment": (
            "Des dizaines de réponses du type « je paie déjà Pro » : environ 2 300 contacts "
            "étaient passés à Pro avant la campagne."
        ),
        "internal_feedback": (
            "Le support client a dû gérer les réponses agacées sans avoir été prévenu."
        ),
        "inefficiency": (
            "L'équipe a reconstruit le segment à la main trois fois dans la semaine qui a "
            "précédé le lancement."
        ),
    },
    problem=(
        "Conversion trop faible : 0,4 % des contacts ciblés sont passés à Pro, pour 2 % visés."
    ),
    whys={
        "why-1": (
            "Peu de destinataires ont cliqué sur les liens des emails.",
            "Rapport d'emailing du 2 avril : 1,1 % de clics pour 3,5 % visés.",
        ),
        "why-2": (
            "Le contenu ne les intéressait pas : il mettait en avant les diagrammes de Gantt "
            "et le suivi du temps.",
            "",
        ),
        "why-3": (
            "Il ne répondait pas à leurs besoins : la plupart des lecteurs étaient de petites "
            "équipes qui se servent surtout du calendrier partagé.",
            "Données d'usage : 70 % des comptes ciblés ont moins de 5 utilisateurs actifs.",
        ),
        "why-4": (
            "La segmentation de l'audience était fausse : le segment « équipes en "
            "croissance » reposait sur le champ taille d'équipe du CRM.",
            "",
        ),
        "why-5": (
            "Les données clients étaient obsolètes : la taille d'équipe et l'offre sont "
            "recopiées à la main dans le CRM, et personne ne les avait mises à jour depuis la "
            "migration de 2024.",
            "Export du CRM : 61 % des tailles d'équipe n'ont pas changé depuis janvier 2025.",
        ),
        "why-6": (
            "La plupart de ceux qui ont cliqué sont repartis sans souscrire.",
            "Analytics : 78 % des visites de la page d'atterrissage durent moins de 10 secondes.",
        ),
        "why-7": (
            "Les clics venaient surtout de smartphones, et la page de souscription y était "
            "pénible à utiliser.",
            "64 % des visites sur mobile ; conversion de 0,1 % sur mobile contre 1,3 % sur "
            "ordinateur.",
        ),
        "why-8": (
            "La page n'a été vérifiée que sur ordinateur : notre check-list de lancement ne "
            "prévoit aucun test sur mobile.",
            "",
        ),
    },
    swot={
        "swot-1": (
            "Les données clients du CRM sont saisies à la main et vieillissent vite.",
            "Synchroniser chaque nuit le CRM avec la base produit et suivre la fraîcheur des "
            "données comme un KPI : des segments fiables deviennent un atout.",
        ),
        "swot-2": (
            "Aucun contrôle sur mobile dans notre routine de lancement.",
            "Une check-list pensée d'abord pour le mobile, dont profiteront toutes les campagnes.",
        ),
        "swot-3": (
            "Toute la liste a reçu l'email en même temps, sans envoi test.",
            "Envoyer d'abord à 10 % de la liste et lire les résultats au bout de 48 heures : "
            "une alerte précoce et un test A/B tout trouvé.",
        ),
        "swot-4": (
            "Un concurrent a lancé en février une offre gratuite avec diagrammes de Gantt.",
            "Positionner Pro sur ce qui manque aux outils gratuits, le calendrier partagé "
            "avec les clients et l'accompagnement, et le dire dans les emails.",
        ),
        "swot-5": (
            "Les messageries durcissent leurs règles pour les envois en masse ; les plaintes "
            "menacent la réputation de notre domaine d'envoi.",
            "",
        ),
    },
    anonymous=(
        (
            "went_wrong",
            "On a écrit à des gens qui avaient déjà Pro. Ça montre à quel point nos données "
            "sont fausses.",
        ),
        (
            "would_change",
            "Tester d'abord sur un petit lot. On aurait vu le problème en deux jours.",
        ),
        (
            "unsaid",
            "La date de lancement a été calée sur le comité de direction, pas sur notre état "
            "de préparation.",
        ),
        (
            "saw_coming",
            "Le segment est passé de 11 000 à 18 000 contacts en une nuit et personne n'a "
            "demandé pourquoi.",
        ),
        (
            "keep",
            "Les objets d'email ont marché : les ouvertures ont dépassé l'objectif. Il faut "
            "garder la même plume.",
        ),
        (
            "unsaid",
            "Les commerciaux n'ont jamais vu la liste avant l'envoi, et on ne le leur a jamais "
            "demandé.",
        ),
    ),
    bias_notes={
        "hindsight": (
            "Les données périmées étaient visibles avant le lancement : c'est un constat, pas "
            "un jugement après coup."
        ),
        "confirmation": (
            "Nous avons d'abord tout mis sur le dos du contenu ; le rapport par appareil a "
            "révélé une seconde cause que nous n'avions pas regardée."
        ),
        "attribution": (
            "Au début, on a accusé la rédactrice ; or son brief venait d'un segment que "
            "personne n'avait vérifié."
        ),
        "self_serving": (
            "L'offre gratuite du concurrent a été évoquée, mais elle n'explique pas des "
            "données fausses."
        ),
        "sunk_cost": (
            "Le troisième email est parti alors que les deux premiers avaient échoué, parce "
            "qu'il était déjà payé."
        ),
        "overconfidence": (
            "L'objectif de 2 % représentait le double de notre meilleure campagne de montée "
            "en gamme."
        ),
        "groupthink": (
            "Deux personnes doutaient de la date de lancement et n'ont rien dit à la réunion "
            "de cadrage."
        ),
        "blind_spot": (
            "L'équipe data a relu l'arbre des pourquoi avec un œil extérieur et confirmé le "
            "problème du CRM."
        ),
    },
    lessons={
        "les-1": (
            "Construire les segments à partir de données vérifiées, pas de champs du CRM que "
            "personne n'entretient."
        ),
        "les-2": (
            "L'offre et la taille d'équipe doivent arriver automatiquement dans le CRM : une "
            "copie manuelle finit toujours par vieillir."
        ),
        "les-3": (
            "Parler à chaque segment de ce qu'il utilise déjà, pas des fonctionnalités que "
            "nous voulons vendre."
        ),
        "les-4": (
            "Aucune page de campagne ne part sans test sur smartphone : la majorité des clics "
            "dans nos emails se font sur mobile."
        ),
        "les-5": (
            "Suivre le tunnel par type d'appareil dès les 48 premières heures, et pas "
            "seulement à la fin de la campagne."
        ),
    },
    actions={
        "act-1": ActionTexts(
            what=(
                "Relier la base produit au CRM pour mettre à jour chaque nuit l'offre et la "
                "taille d'équipe."
            ),
            owner="Karim (marketing ops)",
            kpi="Fiches CRM mises à jour depuis moins de 30 jours",
            target="95 %",
        ),
        "act-2": ActionTexts(
            what=(
                "Reconstruire le segment de montée en gamme à partir des données d'usage et "
                "rédiger trois personas."
            ),
            owner="Julie (marketing produit)",
            kpi="Taux de clic du prochain email de montée en gamme",
            target="3,5 %",
        ),
        "act-3": ActionTexts(
            what=(
                "Tester un email centré sur un usage (le calendrier partagé avec les clients) "
                "contre un email centré sur les fonctionnalités, 2 000 contacts chacun."
            ),
            owner="Julie (marketing produit)",
            kpi="Taux de passage à Pro par variante",
            target="2 % pour la variante gagnante",
        ),
        "act-4": ActionTexts(
            what=(
                "Corriger la page de souscription sur mobile et ajouter à la check-list de "
                "lancement un test sur trois smartphones."
            ),
            owner="Thomas (web)",
            kpi="Taux de conversion mobile de la page de souscription",
            target="1 % ou plus",
            result=(
                "Fait le 22 avril. La conversion mobile a atteint 0,9 % sur le trafic de la "
                "newsletter de mai."
            ),
        ),
        "act-5": ActionTexts(
            what=(
                "Mettre en place un tableau de bord du tunnel par appareil et le consulter 24 et "
                "48 heures après chaque envoi."
            ),
            owner="Samia (analytics)",
            kpi="Envois analysés sous 48 heures",
            target="Tous les envois",
        ),
    },
    notes=(
        "Huit personnes dans la salle, 1 h 55. Le support n'a participé qu'à l'étape des "
        "signaux. Point de suivi le 4 mai : la correction mobile est faite, la synchronisation "
        "du CRM a pris du retard."
    ),
)
"""Tous les textes de l'exemple en français."""
