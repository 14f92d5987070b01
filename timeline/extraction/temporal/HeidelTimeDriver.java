// Runs HeidelTime standalone (English, news) over many documents in one JVM, so that a
// comparison times HeidelTime itself rather than a JVM start per document.
// Launched by heideltime.py as a single-file program: java -cp JAR HeidelTimeDriver.java
//   CONFIG LIST, where each line of LIST is "YYYY-MM-DD<TAB>input.txt<TAB>output.tml".
// Prints "output<TAB>nanoseconds" per document once its TimeML is written.
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.Date;

public class HeidelTimeDriver {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
            Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd");
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            Date dct = format.parse(fields[0]);
            String text = Files.readString(Path.of(fields[1]), StandardCharsets.UTF_8);
            long started = System.nanoTime();
            String timeml = tagger.process(text, dct);
            long elapsed = System.nanoTime() - started;
            Files.writeString(Path.of(fields[2]), timeml, StandardCharsets.UTF_8);
            System.out.println(fields[2] + "\t" + elapsed);
            System.out.flush();
        }
    }
}
