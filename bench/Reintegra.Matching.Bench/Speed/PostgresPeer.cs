using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Reintegra.Matching.Normalization;

namespace Reintegra.Matching.Bench.Speed;

/// <summary>
/// The peer a team would otherwise pick: PostgreSQL 15 with pg_trgm and fuzzystrmatch, fed the same normalised
/// names as our engine, with the best blocking we could give it — the same year-stratified design as ours: B-tree
/// indexes on Double Metaphone codes of surname × first given name × birth year, of the two surnames × year, first
/// given name × date of birth, and a GIN index on documents; the query probes the neighbouring years (±3 for an
/// estimated age, all years when unknown). Candidates are ranked by trigram similarity of the full name plus
/// date-of-birth and document agreement.
/// </summary>
internal sealed class PostgresPeer(string connectionString) : IAsyncDisposable
{
    // Each branch returns the columns the ranking needs, so no join back to the table (the planner would scan it).
    private const string CandidateSql = """
        WITH q AS (
          SELECT dmetaphone(@g1) AS g, ARRAY[dmetaphone(@s1), dmetaphone(@s2)] AS s, dmetaphone(@s1) AS p1, dmetaphone(@s2) AS p2
        ), c AS (
          SELECT id, full_name, given, dob, doc FROM person, q WHERE s1_ph = ANY(q.s) AND g_ph = q.g AND byear = ANY(@years)
          UNION SELECT id, full_name, given, dob, doc FROM person, q WHERE s2_ph = ANY(q.s) AND g_ph = q.g AND byear = ANY(@years)
          UNION SELECT id, full_name, given, dob, doc FROM person, q
            WHERE ((s1_ph = q.p1 AND s2_ph = q.p2) OR (s1_ph = q.p2 AND s2_ph = q.p1)) AND byear = ANY(@years)
          UNION SELECT id, full_name, given, dob, doc FROM person, q WHERE g_ph = q.g AND dob = @dob AND @dob % 100 > 0
          UNION SELECT id, full_name, given, dob, doc FROM person WHERE doc && @docs
        )
        SELECT id FROM c
        ORDER BY similarity(full_name, @full)
          + CASE WHEN dob = @dob AND @dob % 100 > 0 THEN 1.0 WHEN dob / 10000 = @dob / 10000 THEN 0.3 ELSE 0 END
          + CASE WHEN doc && @docs THEN 2.0 ELSE 0 END
          - levenshtein_less_equal(given, @given, 3) * 0.1 DESC
        LIMIT 10
        """;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<TimeSpan> LoadAsync(IEnumerable<IdentityRecord> records)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = await _dataSource.OpenConnectionAsync();
        await Execute(connection, """
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
            DROP TABLE IF EXISTS person;
            CREATE UNLOGGED TABLE person (
              id text PRIMARY KEY, given text, g1 text, s1 text, s2 text, full_name text, dob int, doc text[],
              byear int GENERATED ALWAYS AS (dob / 10000) STORED,
              g_ph text GENERATED ALWAYS AS (dmetaphone(g1)) STORED,
              s1_ph text GENERATED ALWAYS AS (dmetaphone(s1)) STORED,
              s2_ph text GENERATED ALWAYS AS (dmetaphone(s2)) STORED);
            """);
        await using (var writer = await connection.BeginBinaryImportAsync("COPY person (id, given, g1, s1, s2, full_name, dob, doc) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var record in records)
            {
                var row = Row.Of(record);
                await writer.StartRowAsync();
                await writer.WriteAsync(record.Id, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Given, NpgsqlDbType.Text);
                await writer.WriteAsync(row.G1, NpgsqlDbType.Text);
                await writer.WriteAsync(row.S1, NpgsqlDbType.Text);
                await writer.WriteAsync(row.S2, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Full, NpgsqlDbType.Text);
                await writer.WriteAsync(row.Dob, NpgsqlDbType.Integer);
                await writer.WriteAsync(row.Documents, NpgsqlDbType.Array | NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        await Execute(connection, """
            CREATE INDEX ON person (s1_ph, g_ph, byear);
            CREATE INDEX ON person (s2_ph, g_ph, byear);
            CREATE INDEX ON person (s1_ph, s2_ph, byear);
            CREATE INDEX ON person (g_ph, dob);
            CREATE INDEX ON person USING gin (doc);
            """);
        await Execute(connection, "VACUUM ANALYZE person");
        return clock.Elapsed;
    }

    public async Task<long> SizeBytesAsync()
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT pg_total_relation_size('person')", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<(List<string> Ids, double Milliseconds)> LookupAsync(NpgsqlConnection connection, IdentityRecord query)
    {
        var row = Row.Of(query);
        var clock = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand(CandidateSql, connection);
        command.Parameters.AddWithValue("g1", row.G1);
        command.Parameters.AddWithValue("s1", row.S1);
        command.Parameters.AddWithValue("s2", row.S2);
        command.Parameters.AddWithValue("dob", row.Dob);
        command.Parameters.AddWithValue("docs", row.Documents);
        command.Parameters.AddWithValue("full", row.Full);
        command.Parameters.AddWithValue("given", row.Given);
        command.Parameters.AddWithValue("years", Years(query.BirthDate));
        var ids = new List<string>(10);
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }
        }

        return (ids, clock.Elapsed.TotalMilliseconds);
    }

    private static int[] Years(BirthDate date)
    {
        if (!date.IsKnown)
        {
            return [0, .. Enumerable.Range(1900, DateTime.UtcNow.Year - 1899)];
        }

        var spread = date.IsEstimated ? 3 : 1;
        return [0, .. Enumerable.Range(date.Year - spread, 2 * spread + 1)];
    }

    public ValueTask<NpgsqlConnection> OpenAsync() => _dataSource.OpenConnectionAsync();

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The same normalisation as the engine, so the peer is not handicapped by accents or particles.</summary>
    private sealed record Row(string Given, string G1, string S1, string S2, string Full, int Dob, string[] Documents)
    {
        public static Row Of(IdentityRecord r)
        {
            var name = NameNormalizer.Normalize(r.GivenNames, r.FirstSurname, r.SecondSurname, r.Sex);
            var given = string.Join(' ', name.Given);
            var s1 = name.Surnames.Length > 0 ? name.Surnames[0] : "";
            var s2 = name.Surnames.Length > 1 ? name.Surnames[1] : "";
            var documents = r.Documents.Select(d => new string(d.Number.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray()))
                .Where(d => d.Length >= 3).ToArray();
            return new(given, name.Given.Length > 0 ? name.Given[0] : "", s1, s2, $"{given} {s1} {s2}".Trim(), r.BirthDate.IsKnown ? r.BirthDate.Packed : 0, documents);
        }
    }
}
