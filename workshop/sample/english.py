"""The words of the built-in sample post-mortem, in English."""

from typing import Final

from workshop.sample.build import ActionTexts, SampleTexts

TEXTS_EN: Final = SampleTexts(
    language="en",
    campaign="Spring Pro upgrade emails",
    channels=("Email", "Landing page", "LinkedIn retargeting"),
    objective=(
        "Move 360 Starter customers to the Pro plan (2% of the 18,000 contacts emailed) "
        "between 2 and 31 March 2026, at a cost per acquisition below 35 EUR."
    ),
    kpi_names={
        "kpi-1": "Open rate",
        "kpi-2": "Click rate",
        "kpi-3": "Upgrade conversion rate",
        "kpi-4": "Cost per acquisition",
    },
    signal_notes={
        "low_roi": (
            "Each upgrade cost 169 EUR, while a Pro customer brings in about 140 EUR of extra "
            "margin over two years: we lost money on every sale."
        ),
        "low_conversion": (
            "Opens were fine. The funnel breaks twice: between open and click, then between "
            "click and upgrade on the landing page."
        ),
        "high_churn": "1.9% unsubscribed, against 0.3% for our usual sends; 214 spam complaints.",
        "weak_engagement": (
            "Only the LinkedIn retargeting had a social side, and it was a small part."
        ),
        "negative_sentiment": (
            'Dozens of replies saying "I already pay for Pro": about 2,300 contacts had '
            "upgraded before the campaign."
        ),
        "internal_feedback": (
            "Customer support had to answer the annoyed replies and had not been warned."
        ),
        "inefficiency": (
            "The team rebuilt the segment by hand three times in the week before launch."
        ),
    },
    problem="Low conversion: 0.4% of the contacts emailed upgraded to Pro, against 2% targeted.",
    whys={
        "why-1": (
            "Few people clicked the links in the emails.",
            "Emailing report, 2 April: 1.1% click rate against 3.5% targeted.",
        ),
        "why-2": (
            "The content did not interest them: it pushed Gantt charts and time tracking.",
            "",
        ),
        "why-3": (
            "It was not relevant to their needs: most readers were small teams who mainly use "
            "the shared calendar.",
            "Usage data: 70% of the emailed accounts have fewer than 5 active users.",
        ),
        "why-4": (
            'The audience segmentation was wrong: "growing teams" was built from the team size '
            "field in the CRM.",
            "",
        ),
        "why-5": (
            "The customer data was out of date: team size and plan are copied into the CRM by "
            "hand, and nobody had refreshed them since the 2024 migration.",
            "CRM export: 61% of team size values last changed before January 2025.",
        ),
        "why-6": (
            "Most of the people who clicked left the upgrade page without upgrading.",
            "Analytics: 78% of landing page visits ended within 10 seconds.",
        ),
        "why-7": (
            "Most clicks came from phones, and the upgrade page was hard to use on them.",
            "64% of visits on mobile; mobile conversion 0.1% against 1.3% on desktop.",
        ),
        "why-8": (
            "The page was only checked on desktop before launch: our launch checklist has no "
            "mobile test.",
            "",
        ),
    },
    swot={
        "swot-1": (
            "Customer data in the CRM is updated by hand and goes stale.",
            "Sync the CRM with the product database every night and track data freshness as "
            "a KPI: segments we can trust become an edge.",
        ),
        "swot-2": (
            "No mobile check in our launch routine.",
            "A mobile-first checklist that every campaign benefits from, not just this one.",
        ),
        "swot-3": (
            "The whole list was emailed at once, with no test batch.",
            "Send to a 10% sample first and read the results after 48 hours: an early warning "
            "and a built-in A/B test.",
        ),
        "swot-4": (
            "A competitor launched a free plan with Gantt charts in February.",
            "Position Pro on what free tools lack, client-facing calendars and support, and "
            "say so in the emails.",
        ),
        "swot-5": (
            "Mailbox providers are stricter with bulk senders; complaints put our sending "
            "domain at risk.",
            "",
        ),
    },
    anonymous=(
        (
            "went_wrong",
            "We emailed people who already had Pro. That alone says our data is broken.",
        ),
        (
            "would_change",
            "Test on a small batch first. We would have seen the problem in two days.",
        ),
        (
            "unsaid",
            "The launch date was set to match the board meeting, not because we were ready.",
        ),
        (
            "saw_coming",
            "The segment jumped from 11,000 to 18,000 contacts overnight and nobody asked why.",
        ),
        ("keep", "The subject lines worked: opens beat the target. Keep the same writer on them."),
        (
            "unsaid",
            "Sales never saw the list before it went out, and we never asked them to look.",
        ),
    ),
    bias_notes={
        "hindsight": (
            "The stale data could be seen before launch; that is a finding, not hindsight."
        ),
        "confirmation": (
            "We first blamed the content alone; the report by device showed a second cause "
            "we had not looked at."
        ),
        "attribution": (
            "At first the copywriter was blamed, but her brief came from a segment nobody "
            "had checked."
        ),
        "self_serving": ("The competitor's free plan came up, but it does not explain wrong data."),
        "sunk_cost": (
            "The third email went out after the first two had failed, because it was already "
            "paid for."
        ),
        "overconfidence": "The 2% target was twice our best upgrade campaign so far.",
        "groupthink": (
            "Two people doubted the launch date and said nothing at the kick-off meeting."
        ),
        "blind_spot": (
            "The data team reviewed the why tree from outside and confirmed the CRM finding."
        ),
    },
    lessons={
        "les-1": "Build segments from data we have checked, not from CRM fields nobody maintains.",
        "les-2": (
            "Plan and team size must reach the CRM automatically; copies made by hand always "
            "go stale."
        ),
        "les-3": (
            "Talk to each segment about what it already uses, not about the features we want "
            "to sell."
        ),
        "les-4": (
            "No campaign page goes live without a test on phones: most clicks in our emails "
            "happen on mobile."
        ),
        "les-5": (
            "Watch the funnel by device in the first 48 hours, not only once the campaign is over."
        ),
    },
    actions={
        "act-1": ActionTexts(
            what="Connect the product database to the CRM so plan and team size update nightly.",
            owner="Karim (marketing ops)",
            kpi="CRM records updated in the last 30 days",
            target="95%",
        ),
        "act-2": ActionTexts(
            what="Rebuild the upgrade segment from usage data and write three personas.",
            owner="Julie (product marketing)",
            kpi="Click rate of the next upgrade email",
            target="3.5%",
        ),
        "act-3": ActionTexts(
            what=(
                "Test a use-case email (a calendar shared with clients) against a feature "
                "email, 2,000 contacts each."
            ),
            owner="Julie (product marketing)",
            kpi="Upgrade conversion rate per variant",
            target="2% for the winning variant",
        ),
        "act-4": ActionTexts(
            what=(
                "Fix the upgrade page on mobile and add a test on three phones to the launch "
                "checklist."
            ),
            owner="Tom (web)",
            kpi="Mobile conversion rate of the upgrade page",
            target="1% or more",
            result=(
                "Done on 22 April. Mobile conversion reached 0.9% on the May newsletter traffic."
            ),
        ),
        "act-5": ActionTexts(
            what=(
                "Set up a funnel dashboard by device and review it 24 and 48 hours after each send."
            ),
            owner="Sam (analytics)",
            kpi="Sends reviewed within 48 hours",
            target="Every send",
        ),
    },
    notes=(
        "Eight people in the room, 1h55. Support joined for the signals step only. "
        "Follow-up on 4 May: the mobile fix is done, the CRM sync is running late."
    ),
)
"""Every word of the English sample."""
