#!/usr/bin/env python3
"""Tests of the label mapping and span conventions of scripts/ner_corpora.py (no data needed).

Run: python3 -m unittest discover -s scripts -p 'test_*.py'     (.ci/run does)
"""
import os, sys, unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ner_corpora as nc  # noqa: E402


class LabelMapping(unittest.TestCase):
    def test_misc_is_norp_only_for_nationalities(self):
        self.assertEqual(nc.map_label("wikigold", "MISC", "Japanese"), ["NORP"])
        self.assertEqual(nc.map_label("wikigold", "MISC", "Armenians"), ["NORP"])
        self.assertEqual(nc.map_label("wikigold", "MISC", "World Cup"), ["EVENT", "MISC"])
        self.assertEqual(nc.map_label("crossner", "misc", "Eurosceptic"), ["EVENT", "MISC"])
        self.assertEqual(nc.map_label("conll04", "Other", "Iranian"), ["NORP"])
        self.assertEqual(nc.map_label("redocred", "MISC", "Nobel Prize"), ["EVENT", "MISC"])

    def test_places_are_one_class_split_at_run_time(self):
        for corpus, label in [("crossner", "country"), ("crossner", "location"), ("wikigold", "LOC"),
                              ("uner", "LOC"), ("btc", "LOC"), ("wnut17", "location"), ("gmb", "geo"),
                              ("re3d", "Location"), ("gum", "place"), ("redocred", "LOC"), ("conll04", "Loc")]:
            self.assertEqual(nc.map_label(corpus, label, "Tampa"), ["PLACE"], (corpus, label))

    def test_gmb_gpe_is_a_nationality_or_a_place(self):
        self.assertEqual(nc.map_label("gmb", "gpe", "Iraqi"), ["NORP"])
        self.assertEqual(nc.map_label("gmb", "gpe", "Nepal"), ["PLACE"])
        self.assertEqual(nc.map_label("gmb", "tim", "Monday"), [])
        self.assertEqual(nc.map_label("gmb", "art", "Windows"), ["MISC"])

    def test_crossner_domain_types(self):
        self.assertEqual(nc.map_label("crossner", "politician", "Joe Blogs"), ["PERSON"])
        self.assertEqual(nc.map_label("crossner", "politicalparty", "Green Party"), ["ORG"])
        self.assertEqual(nc.map_label("crossner", "band", "The Zeds"), ["ORG"])
        self.assertEqual(nc.map_label("crossner", "election", "2001 general election"), ["EVENT"])
        self.assertEqual(nc.map_label("crossner", "album", "Blue Sky"), ["MISC"])
        # Kinds of things are not names: their tokens teach nothing either way.
        self.assertIsNone(nc.map_label("crossner", "protein", "insulin"))

    def test_annotation_md_news_labels(self):
        # gold/tbaq-news follows ANNOTATION.md itself: its three place labels are the tagger's one PLACE, titles
        # are no names (the rules find them), laws teach nothing, and works or products (MISC) are unknown there.
        for label in ("GPE", "LOC", "FAC"):
            self.assertEqual(nc.map_label("tbaq-news", label, "Buffalo"), ["PLACE"], label)
        self.assertEqual(nc.map_label("tbaq-news", "PERSON", "Carla Hills"), ["PERSON"])
        self.assertEqual(nc.map_label("tbaq-news", "NORP", "Cuban"), ["NORP"])
        self.assertEqual(nc.map_label("tbaq-news", "TITLE", "Trade Representative"), [])
        self.assertIsNone(nc.map_label("tbaq-news", "LAW", "Clean Air Act"))
        self.assertNotIn("MISC", nc.MASKS["tbaq-news"])

    def test_masks_say_what_a_corpus_leaves_unknown(self):
        self.assertNotIn("NORP", nc.MASKS["uner"])       # "argentinian" is O in UNER: not a statement about NORP
        self.assertNotIn("MISC", nc.MASKS["btc"])
        self.assertIn("NORP", nc.MASKS["re3d"])
        self.assertEqual(nc.MASKS["crossner"], nc.CLASSES)

    def test_nationality_words_are_norp_whatever_the_place_label(self):
        self.assertEqual(nc.map_label("redocred", "LOC", "German"), ["NORP"])
        self.assertEqual(nc.map_label("redocred", "LOC", "Germany"), ["PLACE"])

    def test_conll04_other_dates_are_no_names(self):
        self.assertIsNone(nc.map_label("conll04", "Other", "13 Feb 94"))

    def test_wnut_products_are_other_names(self):
        self.assertEqual(nc.map_label("wnut17", "group", "Zed Club"), ["ORG"])
        self.assertEqual(nc.map_label("wnut17", "creative-work", "Blue Song"), ["MISC"])


class Spans(unittest.TestCase):
    def span(self, text, sub, classes):
        s = text.index(sub)
        t = nc.trim_span(text, s, s + len(sub), classes)
        return text[t[0]:t[1]] if t else None

    def test_leading_article_and_possessive_go(self):
        self.assertEqual(self.span("He met the Quux Group 's chief.", "the Quux Group 's", ["ORG"]), "Quux Group")
        self.assertEqual(self.span("The Zorb Union's plan", "The Zorb Union's", ["ORG"]), "Zorb Union")

    def test_titles_leave_person_spans(self):
        self.assertEqual(self.span("said President Ann Zorlo today", "President Ann Zorlo", ["PERSON"]), "Ann Zorlo")
        self.assertEqual(self.span("said Prime Minister Bo Kell", "Prime Minister Bo Kell", ["PERSON"]), "Bo Kell")
        self.assertEqual(self.span("Mr. Zed Orr left", "Mr. Zed Orr", ["PERSON"]), "Zed Orr")
        self.assertEqual(self.span("Iraqi President Ann Zorlo", "Iraqi President Ann Zorlo", ["PERSON"]), "Ann Zorlo")
        # Not for other classes: "President" may begin an ORG or EVENT name.
        self.assertEqual(self.span("the President Cup", "President Cup", ["EVENT"]), "President Cup")

    def test_handles_are_no_names(self):
        doc = nc.Doc("btc", "t", "train")
        doc.add_sentence(["@zorbo", "met", "Ann"], [(0, 1, "PER"), (2, 3, "PER")])
        rec = nc.record(doc)
        self.assertEqual([doc.text[e["start"]:e["end"]] for e in rec["entities"]], ["Ann"])

    def test_detokenizer_offsets(self):
        text, offs = nc.detokenize(["He", "said", "(", "in", "Quux", ")", ":", '"', "No", '"', "."])
        self.assertEqual(text, 'He said (in Quux): "No".')
        self.assertEqual(text[offs[4][0]:offs[4][1]], "Quux")

    def test_iob1_and_bio(self):
        self.assertEqual(nc.bio_spans(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]),
                         [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")])

    def test_outermost_mention_wins(self):
        self.assertEqual(nc.outermost([(1, 2, "Nationality"), (0, 3, "Organisation")]), [(0, 3, "Organisation")])

    def test_re3d_nominal_mentions_are_dropped(self):
        self.assertFalse(nc.proper("the army said", 0, 8))
        self.assertFalse(nc.proper("We said", 0, 2))
        self.assertTrue(nc.proper("the Zorb Army said", 0, 13))
        self.assertFalse(nc.proper("a new Prime Minister", 0, 20))
        self.assertFalse(nc.proper("Zorbian population", 0, 18))

    def test_gum_mentions(self):
        spans, ignore = [], []
        toks = [(0, 3, "the", "DET"), (4, 8, "Zorb", "PROPN"), (9, 14, "Union", "PROPN")]
        nc.gum_mention(toks, "organization", "", spans, ignore)
        self.assertEqual(spans, [(4, 14, "organization")])
        spans = []
        nc.gum_mention([(0, 3, "the", "DET"), (4, 9, "Zorby", "ADJ"), (10, 16, "people", "NOUN")],
                       "person", "", spans, ignore)
        self.assertEqual(spans, [])

    def test_gum_pronouns_and_possessives(self):
        spans, ignore = [], []
        # "I" and "He" referring to a person with a Wikipedia identity are still pronouns, not names.
        nc.gum_mention([(0, 1, "I", "PRON")], "person", "Andy_Warhol", spans, ignore)
        nc.gum_mention([(0, 2, "He", "PRON")], "person", "Andy_Warhol", spans, ignore)
        self.assertEqual(spans, [])
        # The possessive clitic is not part of the name.
        nc.gum_mention([(0, 6, "Warhol", "PROPN"), (7, 9, "'s", "PART")], "person", "Andy_Warhol", spans, ignore)
        self.assertEqual(spans, [(0, 6, "person")])

    def test_split_is_fixed(self):
        self.assertEqual(nc.split_of("wikigold:1"), nc.split_of("wikigold:1"))
        share = sum(nc.split_of(f"doc:{i}") == "dev" for i in range(2000)) / 2000
        self.assertTrue(0.15 < share < 0.25)

    def test_gum_dev_is_eval_alls(self):
        # scripts/eval-all: `ls GUM_*.conllu | LC_ALL=C sort | awk 'NR % 3 == 1'` (upper case sorts first).
        names = [f"d/GUM_{g}_{n}.conllu" for g in ("news", "bio", "academic", "Whow") for n in ("b", "a", "c")]
        split = nc.gum_split(names)
        self.assertEqual([os.path.basename(p) for p, s in split if s == "dev"],
                         ["GUM_Whow_a.conllu", "GUM_academic_a.conllu", "GUM_bio_a.conllu", "GUM_news_a.conllu"])
        self.assertEqual(sum(s == "train" for _, s in split), 8)

if __name__ == "__main__":
    unittest.main()
