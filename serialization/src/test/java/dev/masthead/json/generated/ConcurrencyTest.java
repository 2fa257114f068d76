package dev.masthead.json.generated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.json.MalformedJsonException;
import dev.masthead.json.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.Ticker;
import dev.masthead.validation.InvalidContentException;
import dev.masthead.validation.MastheadValidator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One shared {@link MastheadJson} and one shared {@link MastheadValidator} give every thread the
 * results a single thread gets: reading, validating and writing valid, invalid and malformed
 * documents at the same time.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 2;
  private static final MastheadJson JSON = MastheadJson.standard();
  private static final MastheadValidator VALIDATOR = MastheadValidator.standard();

  /** A document as bytes and what reading, validating and writing it gives. */
  record Outcome(Object value, String violations, String written, String failure) {}

  @Test
  void shared_reader_writer_and_validator_give_every_thread_the_single_threaded_results() throws Exception {
    List<byte[]> documents = documents();
    List<Outcome> expected = new ArrayList<>();
    for (byte[] document : documents) {
      expected.add(process(document));
    }
    assertThat(expected).extracting(Outcome::failure).filteredOn(Objects::nonNull).hasSizeGreaterThan(8);
    assertThat(expected).extracting(Outcome::value).filteredOn(Objects::nonNull).hasSizeGreaterThan(40);

    CyclicBarrier start = new CyclicBarrier(THREADS);
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          int checked = 0;
          for (int round = 0; round < ROUNDS; round++) {
            // Each thread walks the documents from a different place, so that different documents overlap.
            for (int k = 0; k < documents.size(); k++) {
              int i = (k + thread * documents.size() / THREADS + round) % documents.size();
              Outcome actual = process(documents.get(i));
              if (!actual.equals(expected.get(i))) {
                mismatches.add("thread " + thread + " document " + i + ": " + actual + " != " + expected.get(i));
              }
              checked++;
            }
          }
          return checked;
        }));
      }
      int checked = 0;
      for (Future<Integer> future : done) {
        checked += future.get(5, TimeUnit.MINUTES);
      }
      assertThat(checked).isEqualTo(THREADS * ROUNDS * documents.size());
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches).isEmpty();
  }

  private static Outcome process(byte[] document) {
    Object value;
    try {
      value = document[0] == 'T' ? JSON.readTicker(strip(document)) : JSON.readArticle(strip(document));
    } catch (InvalidContentException e) {
      return new Outcome(null, e.violations().toString(), null, "invalid: " + e.getMessage());
    } catch (MalformedJsonException e) {
      return new Outcome(null, null, null, "malformed: " + e.code() + " " + e.pointer() + " " + e.line() + ":"
          + e.column() + " " + e.getMessage());
    }
    return new Outcome(value, VALIDATOR.validate(value).toString() + VALIDATOR.validatePublishable(value),
        JSON.write(value) + JSON.writePretty(value), null);
  }

  private static byte[] strip(byte[] document) {
    byte[] json = new byte[document.length - 1];
    System.arraycopy(document, 1, json, 0, json.length);
    return json;
  }

  /** Valid articles and tickers, invalid ones and malformed ones, each tagged A or T. */
  private static List<byte[]> documents() {
    List<byte[]> documents = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(8);
    for (long seed = 0; seed < 40; seed++) {
      Generators generators = new Generators(seed);
      Article article = generators.article();
      Ticker ticker = generators.ticker();
      documents.add(tagged('A', JSON.write(article)));
      documents.add(tagged('T', JSON.write(ticker)));
      if (seed % 3 == 0) {
        List<GeneratedMutationTest.Mutation<Article>> mutations = GeneratedMutationTest.articleMutations(article, random);
        documents.add(tagged('A', JSON.write(mutations.get(random.nextInt(mutations.size())).value())));
        List<GeneratedMutationTest.Mutation<Ticker>> broken = GeneratedMutationTest.tickerMutations(ticker, random);
        documents.add(tagged('T', JSON.write(broken.get(random.nextInt(broken.size())).value())));
      }
      if (seed % 5 == 0) {
        String json = JSON.write(article);
        documents.add(tagged('A', json.substring(0, json.length() / 2)));
        documents.add(tagged('A', json.replaceFirst("\"headline\"", "\"headline\":1,\"headline\"")));
        documents.add(tagged('T', "[" + JSON.write(ticker) + "]"));
      }
    }
    return documents;
  }

  private static byte[] tagged(char tag, String json) {
    return (tag + json).getBytes(StandardCharsets.UTF_8);
  }
}
