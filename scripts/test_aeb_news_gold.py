"""The AEB news annotations (gold/aeb-news) are well formed: known labels, relation arguments in range and of the
types ANNOTATION.md allows; and the locating of surfaces in order works (scripts/aeb_news_gold.py). Needs no data."""
import glob, importlib.machinery, importlib.util, os, tempfile, unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
loader = importlib.machinery.SourceFileLoader("aeb_news_gold", os.path.join(ROOT, "scripts", "aeb_news_gold.py"))
spec = importlib.util.spec_from_loader("aeb_news_gold", loader)
aeb = importlib.util.module_from_spec(spec)
loader.exec_module(aeb)

SIGNATURES = aeb.SIGNATURES


class AnnotationFiles(unittest.TestCase):
    def test_every_file_is_well_formed(self):
        files = glob.glob(os.path.join(ROOT, "gold", "aeb-news", "*", "*.ann"))
        self.assertGreaterEqual(len(files), 77)
        for path in files:
            labels, relations = [], []
            for line in open(path, encoding="utf-8"):
                parts = line.rstrip("\n").split("\t")
                if not line.strip() or line.startswith("#"):
                    continue
                if parts[0] == "REL":
                    relations.append((parts[1], int(parts[2][1:]), int(parts[3][1:])))
                elif parts[0]:
                    self.assertIn(parts[0], aeb.LABELS, path)
                    self.assertEqual(parts[1], parts[1].strip(), path)
                    labels.append(parts[0])
            for kind, head, tail in relations:
                heads, tails = SIGNATURES[kind]
                self.assertIn(labels[head - 1], heads, f"{path}: {kind} T{head}")
                self.assertIn(labels[tail - 1], tails, f"{path}: {kind} T{tail}")

    def test_surfaces_are_found_in_text_order(self):
        with tempfile.NamedTemporaryFile("w", suffix=".ann", delete=False, encoding="utf-8") as f:
            f.write("# a comment\nGPE\tParis\nPERSON\tAna\nGPE\tParis\n")
            f.write("REL\tlives_in\tT2\tT3\n")
        try:
            text = "Paris. Ana left Lyon for Paris."
            (entities, relations), error = aeb.parse(f.name, text)
            self.assertIsNone(error)
            self.assertEqual([(e["start"], e["end"]) for e in entities], [(0, 5), (7, 10), (25, 30)])
            self.assertEqual(relations, [{"type": "lives_in", "head": "T2", "tail": "T3"}])
            _, error = aeb.parse(f.name, "Ana in Paris.")
            self.assertIn("not found", error)
        finally:
            os.unlink(f.name)


if __name__ == "__main__":
    unittest.main()
