package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.model.Regime;
import picocli.CommandLine;

class FiguresCommandTest {
    private static final String[] FIGURES = {
            "meta_loss", "seed_norms", "distance_heatmap", "scree", "projection", "d90_over_time"};

    @TempDir
    static Path folder;
    static Path run;

    @BeforeAll
    static void trainShortRun() throws Exception {
        run = folder.resolve("short");
        TrainingJob.start(Regime.DEBUG.config().toBuilder().metaSteps(20).build(), run, 2, null).await();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result figures(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "figures";
        all[1] = run.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = line.execute(all);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void writesStandardSetWithIndex() throws Exception {
        Path out = folder.resolve("all");

        Result result = figures("--out", out.toString(), "--format", "pdf,svg,png", "--no-compute");

        assertThat(result.code()).as(result.err()).isZero();
        for (String stem : FIGURES) {
            for (String extension : new String[] {"pdf", "svg", "png", "csv", "npy", "json"}) {
                assertThat(out.resolve(stem + "." + extension)).as(stem + "." + extension).isRegularFile();
            }
        }
        assertThat(ImageIO.read(out.resolve("meta_loss.png").toFile()).getWidth()).isEqualTo(1050);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("scree.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat((double) pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(252, within(0.01));
        }
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("projection.svg").toFile()).getDocumentElement().getTagName()).isEqualTo("svg");
    }

    @Test
    void indexCaptionsSeedsAndSkips() throws Exception {
        Path out = folder.resolve("index");

        Result result = figures("--out", out.toString(), "--format", "png", "--data", "csv", "--no-compute");

        assertThat(result.code()).as(result.err()).isZero();
        String index = Files.readString(out.resolve("index.md"));
        assertThat(index).contains("## 1. Meta-loss curves", "## 7. Perturbation recovery");
        assertThat(index).contains("Seeds used: 0, 1, 2.", "No seed left out.", "Training: regime DEBUG, 20 meta-steps");
        assertThat(index).contains("**Skipped.** Not drawn: the perturbation study has not been computed");
        assertThat(index).contains("![Meta-loss curves](meta_loss.png)");
        assertThat(out.resolve("meta_loss.npy")).doesNotExist();
        assertThat(result.out()).contains("skipped perturbation_recovery").contains("Wrote 6 of 7 figures");
    }

    @Test
    void sizeOptionsSetPixels() throws Exception {
        Path out = folder.resolve("wide");

        Result result = figures("--out", out.toString(), "--format", "png", "--width-in", "7", "--height-in", "3",
                "--dpi", "100", "--font-size", "9", "--no-compute");

        assertThat(result.code()).as(result.err()).isZero();
        var image = ImageIO.read(out.resolve("seed_norms.png").toFile());
        assertThat(image.getWidth()).isEqualTo(700);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void unwritableOutputNamesFolder() throws Exception {
        Path blocker = Files.writeString(folder.resolve("blocker"), "x");

        Result result = figures("--out", blocker.resolve("figures").toString(), "--no-compute");

        assertThat(result.code()).isEqualTo(FiguresCommand.EXIT_FAILED);
        assertThat(result.err()).contains("Cannot write figures").contains(blocker.resolve("figures").toString());
    }

    @Test
    void unknownFormatIsRejected() {
        Result result = figures("--format", "pdf,jpeg");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("unknown figure format 'jpeg'").contains("[png, svg, pdf]");
    }
}
