"""The warning signals that tell a campaign has failed: figures first, then what the team feels."""

from typing import Final

from workshop.content.kinds import SignalInfo
from workshop.phrase import Phrase
from workshop.vocabulary import SignalId

SIGNAL_INFO: Final[dict[SignalId, SignalInfo]] = {
    "low_roi": SignalInfo(
        id="low_roi",
        kind="quantitative",
        label=Phrase(en="Low or negative ROI", fr="ROI faible ou négatif"),
        hint=Phrase(
            en=(
                "Compare the cost of acquiring a customer (CAC) with what that customer brings "
                "in over their lifetime (CLV). If winning a customer costs more than they are "
                "worth, the campaign loses money on every sale."
            ),
            fr=(
                "Comparez le coût d'acquisition d'un client (CAC) à ce qu'il rapporte sur toute "
                "sa durée de vie (CLV). Si gagner un client coûte plus qu'il ne rapporte, "
                "chaque vente fait perdre de l'argent."
            ),
        ),
    ),
    "low_conversion": SignalInfo(
        id="low_conversion",
        kind="quantitative",
        label=Phrase(en="Low conversion rate", fr="Taux de conversion bas"),
        hint=Phrase(
            en=(
                "Find where people drop out of the funnel: from prospect to qualified lead, or "
                "from qualified lead to customer. Name the stage and give its rate."
            ),
            fr=(
                "Repérez où les gens quittent le tunnel : entre prospect et lead qualifié, ou "
                "entre lead qualifié et client. Nommez l'étape et donnez son taux."
            ),
        ),
    ),
    "high_churn": SignalInfo(
        id="high_churn",
        kind="quantitative",
        label=Phrase(en="High churn", fr="Taux de désabonnement élevé"),
        hint=Phrase(
            en=(
                "Look at unsubscribes, cancellations and lost customers during and after the "
                "campaign, against the usual rate. Note the reasons people gave when leaving."
            ),
            fr=(
                "Regardez les désinscriptions, résiliations et clients perdus pendant et après "
                "la campagne, par rapport au taux habituel. Notez les raisons données au départ."
            ),
        ),
    ),
    "weak_engagement": SignalInfo(
        id="weak_engagement",
        kind="quantitative",
        label=Phrase(en="Weak social engagement", fr="Faible engagement social"),
        hint=Phrase(
            en=(
                "Count likes, comments and shares on the campaign's posts and compare them "
                "with your usual posts. Silence is a signal too."
            ),
            fr=(
                "Comptez les likes, commentaires et partages des publications de la campagne "
                "et comparez-les à vos publications habituelles. Le silence est aussi un signal."
            ),
        ),
    ),
    "negative_sentiment": SignalInfo(
        id="negative_sentiment",
        kind="quantitative",
        label=Phrase(en="Bad reviews, negative sentiment", fr="Mauvais avis, sentiment négatif"),
        hint=Phrase(
            en=(
                "Read the reviews, replies and comments the campaign triggered. Look for the "
                "complaint that keeps coming back, not the single loudest one."
            ),
            fr=(
                "Lisez les avis, réponses et commentaires suscités par la campagne. Cherchez "
                "la plainte qui revient, pas seulement la plus bruyante."
            ),
        ),
    ),
    "internal_feedback": SignalInfo(
        id="internal_feedback",
        kind="qualitative",
        label=Phrase(en="Negative internal feedback", fr="Retours internes négatifs"),
        hint=Phrase(
            en=(
                "What did sales, customer service or product say about the campaign? Unclear "
                "hand-offs and fuzzy processes often show up here first."
            ),
            fr=(
                "Qu'ont dit les commerciaux, le service client ou l'équipe produit de la "
                "campagne ? Les passations floues et les processus mal définis se voient "
                "souvent d'abord ici."
            ),
        ),
    ),
    "partner_credibility": SignalInfo(
        id="partner_credibility",
        kind="qualitative",
        label=Phrase(
            en="Lost credibility with partners", fr="Crédibilité perdue auprès des partenaires"
        ),
        hint=Phrase(
            en=(
                "Did a distributor, agency or co-marketing partner lose trust in you? A lack of "
                "transparency about results is a frequent reason."
            ),
            fr=(
                "Un distributeur, une agence ou un partenaire de co-marketing vous fait-il "
                "moins confiance ? Le manque de transparence sur les résultats en est une "
                "cause fréquente."
            ),
        ),
    ),
    "inefficiency": SignalInfo(
        id="inefficiency",
        kind="qualitative",
        label=Phrase(en="Feeling of inefficiency", fr="Sentiment d'inefficacité"),
        hint=Phrase(
            en=(
                "Did the team feel it was running in circles, or lose motivation along the "
                "way? That often points to unclear leadership or priorities."
            ),
            fr=(
                "L'équipe avait-elle l'impression de tourner en rond, ou a-t-elle perdu sa "
                "motivation en route ? C'est souvent le signe d'un pilotage ou de priorités "
                "peu clairs."
            ),
        ),
    ),
}
"""Every warning signal: quantitative ones first, then qualitative ones."""
