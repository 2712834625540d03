import java.sql.*;
import java.util.*;

/**
 * Generates a city of households in a running demo Regie's embedded PostgreSQL and measures the
 * household search (the queries HouseholdSearch builds) with EXPLAIN ANALYZE. See README.md.
 */
public class HouseholdSearchBench {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int households = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
            c.setAutoCommit(true);
            Statement s = c.createStatement();
            ResultSet r = s.executeQuery("select t.id, t.municipality_id, t.area_id from team t where t.name like 'Samen DOEN%'");
            r.next();
            String team = r.getString(1), m = r.getString(2), area = r.getString(3);
            if (args.length > 2 && args[2].equals("finish")) {
                long t0 = System.currentTimeMillis();
                exec(s, "insert into household_team (team_id, household_id, municipality_id) select (select array_agg(id order by id) from team where municipality_id = '" + m + "')[1 + abs(hashtext(h.id::text)) % 200], h.id, h.municipality_id from household h where not exists (select 1 from household_team t where t.household_id = h.id)");
                exec(s, "create index household_member_search_name on household_member using gin (search_name gin_trgm_ops)");
                exec(s, "analyze");
                System.out.println("finished in " + (System.currentTimeMillis() - t0) / 1000 + " s");
            }
            if (args.length > 2 && args[2].equals("generate")) {
                long t0 = System.currentTimeMillis();
                exec(s, "insert into team (id, municipality_id, area_id, name) select gen_random_uuid(), '" + m + "', '" + area + "', 'Bench team ' || g from generate_series(1, 199) g");
                exec(s, "drop index household_member_search_name");
                exec(s, "create temporary table bench_names as select array['Mohamed','Fatima','Sanne','Kees','Anna','Ahmed','Emma','Daan','Noah','Julia','Lucas','Sophie','Levi','Mila','Sem','Tess','Finn','Zoë','Ayoub','Yasmina','Özlem','Mehmet','Priya','Ravi','Joost','Petra','Henk','Ingrid','Bram','Lotte','Thijs','Femke','Rachid','Nadia','Wim','Els','Jan','Marieke','Samira','Omar'] as given, array['Jansen','de Vries','van den Berg','Bakker','Visser','Smit','Meijer','de Boer','Mulder','de Groot','Bos','Vos','Peters','Hendriks','van Leeuwen','Dekker','Brouwer','de Wit','Dijkstra','Smits','de Graaf','van der Meer','Kok','Jacobs','de Haan','Vermeulen','van den Heuvel','van der Veen','van den Broek','de Bruijn','El Idrissi','Yilmaz','Kaya','Demir','Amrani','Benali','Bouzid','Ramdin','Soekhoe','Nguyen','Tahiri','Ouali','Aydın','Çelik','Öztürk','Haddou','Mendes','da Silva','Kramer','Schouten','van Dijk','Koster','Prins','Huisman','Kuipers','Veenstra','Post','Willems','Zijlstra','Hoekstra'] as family");
                exec(s, "insert into household (id, municipality_id, postcode, house_number, created_at) select gen_random_uuid(), '" + m + "', (1000 + (g % 9000))::text || chr(65 + g % 26) || chr(65 + (g / 26) % 26), (1 + g % 300)::text, now() from generate_series(1, " + households + ") g");
                exec(s, "insert into household_member (id, municipality_id, household_id, given_name, family_name, date_of_birth) select gen_random_uuid(), h.municipality_id, h.id, n.given[1 + floor(random() * 40)::int], n.family[1 + floor(random() * 60)::int], date '1940-01-01' + floor(random() * 30000)::int from household h cross join bench_names n cross join lateral generate_series(1, 1 + (abs(hashtext(h.id::text)) % 4)) k where h.postcode is not null and not exists (select 1 from household_member x where x.household_id = h.id)");
                exec(s, "insert into household_team (team_id, household_id, municipality_id) select (select array_agg(id order by id) from team where municipality_id = '" + m + "')[1 + abs(hashtext(h.id::text)) % 200], h.id, h.municipality_id from household h where not exists (select 1 from household_team t where t.household_id = h.id)");
                exec(s, "create index household_member_search_name on household_member using gin (search_name gin_trgm_ops)");
                exec(s, "analyze");
                System.out.println("generated in " + (System.currentTimeMillis() - t0) / 1000 + " s");
            }
            count(s, "select count(*) from household");
            count(s, "select count(*) from household_member");
            count(s, "select count(*) from household_team where team_id = '" + team + "'");
            String base = "select h.id from household h join household_team t on t.household_id = h.id and t.team_id = '" + team + "' where h.municipality_id = '" + m + "' ";
            String member = "and exists (select 1 from household_member m where m.household_id = h.id and m.municipality_id = '" + m + "' and ";
            String tail = " order by h.postcode, h.house_number, h.id limit 51";
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("name 'jansen' (common family name)", base + member + "m.search_name like '%jansen%')" + tail);
            queries.put("name 'samira idrissi' (two words)", base + member + "m.search_name like '%samira%' and m.search_name like '%idrissi%')" + tail);
            queries.put("name 'ozlem' (rare, diacritics)", base + member + "m.search_name like '%ozlem%')" + tail);
            queries.put("date of birth", base + member + "m.date_of_birth = date '1980-05-17')" + tail);
            queries.put("postcode + house number", base + "and h.postcode = '1068AA' and lower(h.house_number) = lower('140')" + tail);
            queries.put("postcode only", base + "and h.postcode = '5067QB'" + tail);
            queries.put("bsn", base + member + "m.bsn = '123456782')" + tail);
            for (Map.Entry<String, String> q : queries.entrySet()) {
                for (int i = 0; i < 3; i++) s.executeQuery(q.getValue()).close();
                long t = System.nanoTime();
                int runs = 10;
                for (int i = 0; i < runs; i++) s.executeQuery(q.getValue()).close();
                double ms = (System.nanoTime() - t) / 1e6 / runs;
                System.out.printf("%n== %s: %.1f ms mean of %d%n", q.getKey(), ms, runs);
                ResultSet plan = s.executeQuery("explain (analyze, buffers) " + q.getValue());
                while (plan.next()) System.out.println("   " + plan.getString(1));
            }
        }
    }
    static void exec(Statement s, String sql) throws SQLException { long t = System.currentTimeMillis(); s.execute(sql); System.out.println((System.currentTimeMillis() - t) + " ms: " + sql.substring(0, Math.min(90, sql.length()))); }
    static void count(Statement s, String sql) throws SQLException { ResultSet r = s.executeQuery(sql); r.next(); System.out.println(sql + " = " + r.getLong(1)); }
}
