"""The TBAQ news annotations (gold/tbaq-news) are well formed: one file per TBAQ document, known labels, relation
arguments in range and of the types ANNOTATION.md allows; the split is fixed; the checker finds the mistakes the
annotators are asked to fix (scripts/tbaq_news_gold.py). Needs no data."""
import glob, os, sys, tempfile, unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tbaq_news_gold as news  # noqa: E402


class TbaqNewsFiles(unittest.TestCase):
    def test_every_file_is_well_formed(self):
        files = glob.glob(os.path.join(news.GOLD, "*.ann"))
        self.assertEqual(len(files), 256)
        for path in files:
            labels = []
            for line in open(path, encoding="utf-8"):
                parts = line.rstrip("\n").split("\t")
                if not line.strip() or line.startswith("#"):
                    continue
                if parts[0] == "REL":
                    heads, tails = news.aeb.SIGNATURES[parts[1]]
                    self.assertIn(labels[int(parts[2][1:]) - 1], heads, f"{path}: {line}")
                    self.assertIn(labels[int(parts[3][1:]) - 1], tails, f"{path}: {line}")
                else:
                    self.assertIn(parts[0], news.aeb.LABELS, path)
                    self.assertEqual(parts[1], parts[1].strip(), path)
                    labels.append(parts[0])

    def test_split_is_fixed(self):
        names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(news.GOLD, "*.ann")))
        dev = [n for n in names if news.split_of(n) == "dev"]
        self.assertEqual(len(dev), 50)
        self.assertEqual(news.split_of("ABC19980108.1830.0711"), "dev")
        self.assertEqual(news.split_of("wsj_0026"), "train")

    def test_checker_reports_overlaps_signatures_and_untagged_repeats(self):
        text = "Carla Hills met Hills in Paris. Paris is calm."
        with tempfile.NamedTemporaryFile("w", suffix=".ann", delete=False, encoding="utf-8") as f:
            f.write("PERSON\tCarla Hills\nPERSON\tHills\nGPE\tParis\nREL\tbased_in\tT1\tT3\n")
        try:
            problems = news.check(f.name, text)
        finally:
            os.unlink(f.name)
        # "Hills" is found inside "Carla Hills" (the next occurrence after its start): an overlap to fix with @skip.
        self.assertTrue(any(p.startswith("ERROR overlap") for p in problems), problems)
        self.assertTrue(any("based_in" in p and "signature" in p for p in problems), problems)
        self.assertTrue(any(p.startswith("untagged repeat") and "'Paris'" in p for p in problems), problems)
