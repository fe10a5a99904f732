// Calls a running `quality-rewards serve` from Java 17 with the JDK only (java.net.http).
//
//     java Client.java [BASE_URL]        # default http://127.0.0.1:8080
//
// Evaluates one achievement (the China Quality Award, obtained 2024-05-10, claimed in Changle district
// on 2024-06-01) and prints the total, then each award with its clause and the policy's own words.
// A real system would map the answer with Jackson or Gson, or generate classes from /openapi.json;
// the small JSON reader at the bottom only keeps this file free of dependencies.

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class Client {
    /** UTF-8 whatever the platform's default encoding (JDK 17 uses the locale's for System.out). */
    static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    static final String REQUEST = """
        {
          "id": "applicant-0001",
          "achievement": {
            "kind": "government_quality_award",
            "level": "national",
            "prize": "award",
            "obtainedOn": "2024-05-10",
            "recipient": { "type": "organization", "registeredIn": "350112" }
          },
          "jurisdiction": "350112",
          "date": "2024-06-01"
        }
        """;

    public static void main(String[] args) throws Exception {
        String baseUrl = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/evaluate"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept-Language", "zh-CN")
            .POST(HttpRequest.BodyPublishers.ofString(REQUEST, StandardCharsets.UTF_8))
            .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Map<String, Object> body = Json.object(response.body());

        if (response.statusCode() != 200) {
            // An RFC 9457 problem: `issues` name each field at fault, in Chinese and English.
            for (Object issue : (List<?>) body.getOrDefault("issues", List.of())) {
                Map<?, ?> i = (Map<?, ?>) issue;
                OUT.println(i.get("code") + " at " + i.get("path") + ": " + ((Map<?, ?>) i.get("message")).get("zh"));
            }
            System.exit(1);
        }
        Map<?, ?> total = (Map<?, ?>) body.get("total");
        OUT.println("total: " + total.get("text") + " (" + total.get("yuan") + " yuan)");
        for (Object a : (List<?>) body.get("awards")) {
            Map<?, ?> award = (Map<?, ?>) a;
            Map<?, ?> title = (Map<?, ?>) award.get("title");
            Map<?, ?> amount = (Map<?, ?>) award.get("amount");
            OUT.println("clause: " + award.get("clause") + " " + title.get("zh") + " -> " + amount.get("text"));
            OUT.println("quote: " + award.get("quote"));
        }
        for (Object w : (List<?>) body.get("warnings")) {
            Map<?, ?> warning = (Map<?, ?>) w;
            OUT.println("warning: " + warning.get("code") + ": " + ((Map<?, ?>) warning.get("message")).get("zh"));
        }
    }

    /** A minimal JSON reader (objects, arrays, strings, numbers, literals), enough for this example. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) { this.s = s; }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.i != text.length() || !(value instanceof Map)) throw new IllegalArgumentException("not a JSON object");
            return (Map<String, Object>) value;
        }

        private void space() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }

        private void expect(char c) {
            space();
            if (i >= s.length() || s.charAt(i) != c) throw new IllegalArgumentException("expected " + c + " at " + i);
            i++;
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') { i++; return map; }
                do { space(); String key = string(); expect(':'); map.put(key, value()); space(); } while (s.charAt(i++) == ',');
                if (s.charAt(i - 1) != '}') throw new IllegalArgumentException("expected } at " + i);
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') { i++; return list; }
                do { list.add(value()); space(); } while (s.charAt(i++) == ',');
                if (s.charAt(i - 1) != ']') throw new IllegalArgumentException("expected ] at " + i);
                return list;
            }
            if (c == '"') return string();
            for (String literal : new String[] {"true", "false", "null"}) {
                if (s.startsWith(literal, i)) { i += literal.length(); return literal.equals("null") ? null : Boolean.valueOf(literal); }
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
            return Double.valueOf(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
                if (c != '\\') { out.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> { out.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> out.append(e);
                }
            }
            return out.toString();
        }
    }
}
