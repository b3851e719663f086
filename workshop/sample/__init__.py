"""A built-in, finished post-mortem to explore the app with: the method's email-campaign example.

The facts (figures, dates, links, judgements) are in `sample_build`; the words are in
`sample_en` and `sample_fr`.
"""

from workshop.sample.build import build_sample
from workshop.sample.english import TEXTS_EN
from workshop.sample.french import TEXTS_FR
from workshop.session import Session
from workshop.vocabulary import Language


def sample_session(language: Language) -> Session:
    """A complete, realistic post-mortem written in `language`; the same one on every call."""
    return build_sample(TEXTS_FR if language == "fr" else TEXTS_EN)
