using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Reintegra.Web.Domain;

namespace Reintegra.Cases.Bench;

/// <summary>
/// Fills the database with offices, case workers, service providers, people and their cases, written by PostgreSQL
/// itself (<c>INSERT … SELECT</c> over <c>generate_series</c>): at a million people, moving rows over the wire would be
/// most of the run. Every value is derived from the row number, so two runs with the same sizes hold the same data.
/// Each case carries what its stage implies: a consent; from assessment on, an assessment with every item rated and
/// an occupation; from plan on, a plan of three actions and a referral to an employment service (sent, accepted, in
/// progress, declined or completed), with its state changes. Closed cases are a third of the whole, as in a programme
/// that has been running for years.
/// </summary>
internal static class Seeder
{
    public sealed record Sizes(int People, int Cases, int Offices, int WorkersPerOffice, int Providers, int Services);

    public sealed record Report(TimeSpan Writing, TimeSpan Maintenance, IReadOnlyList<(string Table, long Rows)> Rows);

    public static async Task<Report> SeedAsync(string connectionString, BenchStaff staff, Sizes s)
    {
        var clock = Stopwatch.StartNew();
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var now = DateTime.UtcNow;
        var sharingMask = Enum.GetValues<ServiceCategory>().Aggregate(0L, (m, c) => m | (1L << (int)c));
        const SharedField fields = SharedField.Name | SharedField.SexAndAge | SharedField.Contact | SharedField.Place | SharedField.Needs;
        var items = string.Join(',', Enum.GetValues<AssessmentItem>().Select(i => ((int)i).ToString(CultureInfo.InvariantCulture)));
        var categories = string.Join(',', Enum.GetValues<ServiceCategory>().Select(c => ((int)c).ToString(CultureInfo.InvariantCulture)));

        async Task Run(string step, string sql)
        {
            var stepClock = Stopwatch.StartNew();
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
            cmd.Parameters.AddWithValue("P", s.People);
            cmd.Parameters.AddWithValue("C", s.Cases);
            cmd.Parameters.AddWithValue("I", s.Offices);
            cmd.Parameters.AddWithValue("W", s.WorkersPerOffice);
            cmd.Parameters.AddWithValue("PR", s.Providers);
            cmd.Parameters.AddWithValue("S", s.Services);
            cmd.Parameters.AddWithValue("office0", staff.OfficeId);
            cmd.Parameters.AddWithValue("worker0", staff.CaseWorkerId);
            cmd.Parameters.AddWithValue("now", now);
            var rows = await cmd.ExecuteNonQueryAsync();
            Console.WriteLine($"    {step}: {rows:N0} rows, {stepClock.Elapsed.TotalSeconds:0.0} s");
        }

        await Run("offices", $"""
            CREATE TEMP TABLE b_office AS
              SELECT i, CASE WHEN i = 0 THEN @office0 ELSE md5('office' || i)::uuid END AS id FROM generate_series(0, @I - 1) i;
            INSERT INTO "Institutions" ("Id", "Name", "Kind", "CountryCode", "Adm1PCode", "IsActive", "CreatedAt", "Version")
              SELECT id, 'Oficina de reintegración ' || i || ' (benchmark)', {(int)InstitutionKind.ReceptionCentre}, 'GT', NULL, true, @now, 1
              FROM b_office WHERE i > 0;
            """);
        // Case workers are copies of the measured one (same password hash and settings), in every office.
        await Run("case workers", $"""
            CREATE TEMP TABLE b_worker AS
              SELECT o.i, w, o.id AS office, CASE WHEN o.i = 0 AND w = 0 THEN @worker0 ELSE md5('worker' || o.i || '-' || w)::uuid END AS id
              FROM b_office o, generate_series(0, @W - 1) w;
            INSERT INTO "AspNetUsers"
              SELECT (jsonb_populate_record(NULL::"AspNetUsers", to_jsonb(u) || jsonb_build_object(
                'Id', b.id, 'InstitutionId', b.office, 'FullName', 'Gestor/a de casos ' || b.i || '-' || b.w,
                'UserName', 'cw' || b.i || '-' || b.w || '@bench.reintegra.test', 'NormalizedUserName', upper('cw' || b.i || '-' || b.w || '@bench.reintegra.test'),
                'Email', 'cw' || b.i || '-' || b.w || '@bench.reintegra.test', 'NormalizedEmail', upper('cw' || b.i || '-' || b.w || '@bench.reintegra.test'),
                'SecurityStamp', md5('stamp' || b.id::text), 'ConcurrencyStamp', md5('concurrency' || b.id::text)))).*
              FROM "AspNetUsers" u, b_worker b WHERE u."Id" = @worker0 AND b.id <> @worker0;
            INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
              SELECT b.id, r."Id" FROM b_worker b, "AspNetRoles" r WHERE r."NormalizedName" = upper('{Roles.CaseWorker}') AND b.id <> @worker0;
            """);
        await Run("providers and services", $"""
            CREATE TEMP TABLE b_provider AS SELECT p, md5('provider' || p)::uuid AS id FROM generate_series(0, @PR - 1) p;
            INSERT INTO "Institutions" ("Id", "Name", "Kind", "CountryCode", "Adm1PCode", "IsActive", "CreatedAt", "Version")
              SELECT id, 'Proveedor de servicios ' || p || ' (benchmark)', {(int)InstitutionKind.ServiceProvider}, 'GT', NULL, true, @now, 1 FROM b_provider;
            CREATE TEMP TABLE b_service AS
              SELECT n, md5('service' || n)::uuid AS id, (SELECT id FROM b_provider WHERE p = n % @PR) AS provider,
                     (ARRAY[{categories}])[1 + n % {Enum.GetValues<ServiceCategory>().Length}] AS category
              FROM generate_series(0, @S - 1) n;
            INSERT INTO "Services" ("Id", "InstitutionId", "Name", "SearchName", "Category", "Description", "MinAge", "MaxAge", "Sex", "Vulnerabilities",
                                    "Languages", "Phone", "Email", "Address", "Capacity", "IsActive", "CreatedAt", "UpdatedAt", "Version")
              SELECT id, provider, 'Servicio ' || n || ' (benchmark)', 'servicio ' || n || ' (benchmark)', category, NULL, NULL, NULL, NULL, 0,
                     'spa', '+502 2200 ' || lpad(n::text, 4, '0'), NULL, NULL, 500, true, @now, @now, 1
              FROM b_service;
            CREATE TEMP TABLE b_employment AS
              SELECT row_number() OVER (ORDER BY n) - 1 AS e, id, provider FROM b_service WHERE category = {(int)ServiceCategory.Employment};
            """);
        await Run("people", $"""
            INSERT INTO "People" ("Id", "GivenNames", "FirstSurname", "SecondSurname", "Sex", "BirthDate", "BirthYear", "BirthDatePrecision", "NationalityCode",
                                  "OriginAdm1", "OriginAdm2", "Phone", "Languages", "SearchSurnames", "SearchGivenNames", "SearchFullName",
                                  "CreatedByInstitutionId", "CreatedAt", "UpdatedAt", "Version")
              SELECT md5('person' || g)::uuid, given, first, second, CASE WHEN g % 5 = 0 THEN {(int)Sex.Female} ELSE {(int)Sex.Male} END,
                     birth, extract(year FROM birth)::int, {(int)BirthDatePrecision.Exact}, 'GT', 'GT13', 'GT13' || lpad((1 + g % 30)::text, 2, '0'),
                     CASE WHEN g % 3 = 0 THEN NULL ELSE '+502 5' || lpad((g % 10000000)::text, 7, '0') END, 'spa',
                     lower(first || ' ' || second), lower(given), lower(given || ' ' || first || ' ' || second), o.id, created, created, 1
              FROM (SELECT g,
                      (ARRAY['José Luis','María','Juan Carlos','Ana Lucía','Wilmer','Brenda','Edgar','Sandra','Byron','Rosa','Marvin','Gloria','Erick','Lesbia','Selvin','Ingrid','Mynor','Sonia','Elmer','Dina'])[1 + g % 20] AS given,
                      (ARRAY['García','López','Pérez','Xicará','Tzoc','Ixcoy','Pop','Coc','Hernández','Gómez','Cux','Ajanel','Chávez','Morales','Tzul','Yax','Sic','Mux','Caal','Choc'])[1 + (g / 20) % 20] AS first,
                      (ARRAY['Ramírez','Vásquez','Tzul','Mux','Cifuentes','Ordóñez','Barrios','Quiñónez','Xol','Batz','Ixtabalán','Coyoy','Sajché','Ventura','Tax','Us','Pu','Toj','Yac','Puac'])[1 + (g / 400) % 20] AS second,
                      date '1962-01-01' + (g::bigint * 7919 % 19000)::int AS birth,
                      @now - ((g % 1400) * interval '1 day') AS created
                    FROM generate_series(1, @P) g) x
              JOIN b_office o ON o.i = x.g % @I;
            """);
        // Case k belongs to the office k % I and to its case worker (k / I) % W; person numbers are spread over the registry.
        await Run("cases", $"""
            CREATE TEMP TABLE b_case AS
              SELECT k, md5('case' || k)::uuid AS id, md5('person' || (1 + k::bigint * @P / @C))::uuid AS person, w.office, w.id AS worker, status,
                     @now - (CASE WHEN status = {(int)CaseStatus.Closed} THEN 200 + (k::bigint * 37) % 900 ELSE (k::bigint * 37) % 180 END) * interval '1 day'
                          - (k % 36000) * interval '1 second' AS opened
              FROM (SELECT k, CASE WHEN r < 35 THEN {(int)CaseStatus.Closed} WHEN r < 45 THEN {(int)CaseStatus.Open} WHEN r < 55 THEN {(int)CaseStatus.Assessment}
                                   WHEN r < 65 THEN {(int)CaseStatus.Plan} WHEN r < 85 THEN {(int)CaseStatus.Implementation} ELSE {(int)CaseStatus.FollowUp} END AS status
                    FROM (SELECT k, (k::bigint * 7919 + k / 1000) % 100 AS r FROM generate_series(0, @C - 1) k) r) c
              JOIN b_worker w ON w.i = c.k % @I AND w.w = (c.k / @I) % @W;
            INSERT INTO "Cases" ("Id", "PersonId", "InstitutionId", "CaseWorkerId", "OpenedByUserId", "ReturnEventId", "ChildStatus", "ChildProtectionRequired",
                                 "Vulnerabilities", "Notes", "Status", "StatusChangedAt", "OpenedAt", "UpdatedAt", "ClosedAt", "ClosureReason", "ClosureNote",
                                 "AssessmentDueOn", "PlanDueOn", "FollowUpDueOn", "Version")
              SELECT id, person, office, worker, worker, NULL, NULL, false, 0, 'Caso de la carga de prueba', status, least(opened + interval '20 days', @now), opened,
                     least(opened + interval '20 days', @now),
                     CASE WHEN status = {(int)CaseStatus.Closed} THEN opened + interval '190 days' END,
                     CASE WHEN status = {(int)CaseStatus.Closed} THEN {(int)CaseClosureReason.PlanCompleted} END, NULL,
                     CASE WHEN status IN ({(int)CaseStatus.Open}, {(int)CaseStatus.Assessment}) THEN (opened + interval '14 days')::date END,
                     CASE WHEN status = {(int)CaseStatus.Plan} THEN (opened + interval '30 days')::date END,
                     CASE WHEN status = {(int)CaseStatus.FollowUp} THEN (opened + interval '120 days')::date END,
                     1
              FROM b_case;
            INSERT INTO "PersonInstitutions" ("PersonId", "InstitutionId", "Since") SELECT person, office, opened FROM b_case ON CONFLICT DO NOTHING;
            """);
        await Run("consents", $"""
            INSERT INTO "Consents" ("Id", "CaseId", "ReturnEventId", "PersonId", "InstitutionId", "DataCollection", "SharingMask", "SharedFields", "FollowUpContact",
                                    "EmployerProposal", "GivenBy", "ProxyName", "ProxyRelationship", "GivenOn", "Notes", "RecordedByUserId", "RecordedAt",
                                    "SupersededAt", "WithdrawnAt", "WithdrawnByUserId", "WithdrawalReason")
              SELECT md5('consent' || k)::uuid, id, NULL, person, office, true, {sharingMask}, {(int)fields}, true, false, {(int)ConsentGivenBy.Person}, NULL, NULL,
                     opened::date, NULL, worker, opened + interval '1 hour', NULL, NULL, NULL, NULL
              FROM b_case;
            """);
        await Run("assessments", $"""
            CREATE TEMP TABLE b_assessed AS
              SELECT *, md5('assessment' || k)::uuid AS assessment FROM b_case
              WHERE status >= {(int)CaseStatus.Plan} OR (status = {(int)CaseStatus.Assessment} AND k % 2 = 0);
            INSERT INTO "Assessments" ("Id", "CaseId", "PersonId", "AssessedOn", "EconomicSummary", "SocialSummary", "PsychosocialSummary",
                                       "WantsSkillsCertification", "RecordedByUserId", "RecordedAt")
              SELECT assessment, id, person, (opened + interval '5 days')::date, 'Sin empleo desde el retorno', 'Vive con su familia de origen', NULL,
                     k % 3 = 0, worker, opened + interval '5 days'
              FROM b_assessed;
            INSERT INTO "AssessmentRating" ("AssessmentId", "Item", "Level")
              SELECT assessment, item, 1 + (k + item) % 4 FROM b_assessed, unnest(ARRAY[{items}]) item;
            INSERT INTO "AssessmentOccupation" ("Id", "AssessmentId", "IscoCode", "Period", "Years", "Notes")
              SELECT md5('occupation' || k)::uuid, assessment, (ARRAY['7112','9313','6111','8322','5120'])[1 + k % 5], {(int)OccupationPeriod.Abroad}, 1 + k % 12, NULL
              FROM b_assessed;
            """);
        // Referral states on cases in implementation rotate through sent, accepted, in progress, declined and completed.
        await Run("plans, actions and referrals", $"""
            CREATE TEMP TABLE b_planned AS
              SELECT c.*, md5('referral' || k)::uuid AS referral, e.id AS service, e.provider,
                     CASE WHEN status = {(int)CaseStatus.Plan} THEN {(int)ReferralStatus.Sent}
                          WHEN status = {(int)CaseStatus.Implementation} THEN (ARRAY[{(int)ReferralStatus.Sent},{(int)ReferralStatus.Accepted},{(int)ReferralStatus.InProgress},{(int)ReferralStatus.Declined},{(int)ReferralStatus.Completed}])[1 + k % 5]
                          ELSE {(int)ReferralStatus.Completed} END AS referral_status,
                     opened + interval '8 days' AS sent_at,
                     least(opened + interval '8 days' + (k % 20) * interval '1 day', @now) AS changed_at
              FROM b_case c JOIN b_employment e ON e.e = c.k % (SELECT count(*) FROM b_employment)
              WHERE status >= {(int)CaseStatus.Plan};
            INSERT INTO "Plans" ("CaseId", "PersonId", "Goal", "Status", "Currency", "AgreedOn", "SubmittedAt", "SubmittedByUserId", "ApprovedAt", "ApprovedByUserId",
                                 "ApprovedAmount", "ReturnedReason", "UpdatedAt", "Version")
              SELECT id, person, 'Empleo estable y apoyo psicosocial', CASE WHEN status = {(int)CaseStatus.Plan} THEN {(int)PlanStatus.Draft} ELSE {(int)PlanStatus.Agreed} END,
                     'USD', CASE WHEN status = {(int)CaseStatus.Plan} THEN NULL ELSE (opened + interval '10 days')::date END, NULL, NULL, NULL, NULL, NULL, NULL,
                     opened + interval '10 days', 1
              FROM b_planned;
            INSERT INTO "PlanActions" ("Id", "CaseId", "PersonId", "Dimension", "Level", "Kind", "Description", "Amount", "Currency", "ServiceCategory", "TargetDate",
                                       "Status", "ReferralId", "Outcome", "CompletedAt", "CreatedByUserId", "CreatedAt", "Version")
              SELECT md5('action0-' || k)::uuid, id, person, {(int)Dimension.Economic}, {(int)InterventionLevel.Individual}, {(int)PlanActionKind.Referral},
                     'Colocación laboral', NULL, 'USD', {(int)ServiceCategory.Employment}, (opened + interval '45 days')::date,
                     CASE referral_status WHEN {(int)ReferralStatus.Completed} THEN {(int)PlanActionStatus.Done} WHEN {(int)ReferralStatus.Declined} THEN {(int)PlanActionStatus.Planned}
                          ELSE {(int)PlanActionStatus.InProgress} END,
                     referral, CASE WHEN referral_status = {(int)ReferralStatus.Completed} THEN 'Contratado' END,
                     CASE WHEN referral_status = {(int)ReferralStatus.Completed} THEN changed_at END, worker, opened + interval '9 days', 1
              FROM b_planned
              UNION ALL
              SELECT md5('action1-' || k)::uuid, id, person, {(int)Dimension.Economic}, {(int)InterventionLevel.Individual}, {(int)PlanActionKind.MicroBusinessSupport},
                     'Capital semilla para un pequeño negocio', 600, 'USD', NULL, (opened + interval '60 days')::date,
                     CASE WHEN status >= {(int)CaseStatus.FollowUp} THEN {(int)PlanActionStatus.Done} ELSE {(int)PlanActionStatus.Planned} END, NULL, NULL,
                     CASE WHEN status >= {(int)CaseStatus.FollowUp} THEN opened + interval '70 days' END, worker, opened + interval '9 days', 1
              FROM b_planned
              UNION ALL
              SELECT md5('action2-' || k)::uuid, id, person, {(int)Dimension.Psychosocial}, {(int)InterventionLevel.Community}, {(int)PlanActionKind.Referral},
                     'Grupo de apoyo comunitario', NULL, 'USD', {(int)ServiceCategory.MentalHealthPsychosocial}, (opened + interval '75 days')::date,
                     CASE WHEN status >= {(int)CaseStatus.FollowUp} THEN {(int)PlanActionStatus.Cancelled} ELSE {(int)PlanActionStatus.Planned} END, NULL, NULL, NULL,
                     worker, opened + interval '9 days', 1
              FROM b_planned;
            INSERT INTO "Referrals" ("Id", "CaseId", "PlanActionId", "ReturnEventId", "PersonId", "FromInstitutionId", "OwnerInstitutionId", "ServiceId",
                                     "ToInstitutionId", "Category", "Urgency", "Reason", "Status", "StatusChangedAt", "SentAt", "SentByUserId", "ConsentId",
                                     "ConsentOverride", "OverrideReason", "SharedFields", "SharedGivenNames", "SharedSurnames", "SharedSex", "SharedAge",
                                     "SharedIsChild", "SharedBirthDate", "SharedBirthYear", "SharedPhone", "SharedAdm1", "SharedAdm2", "SharedLanguages",
                                     "SharedDocuments", "SharedNeedLevels", "SharedNeedsSummary", "SharedVulnerabilities", "SharedErasedAt", "StatusReason",
                                     "Delivered", "FollowedUpAt", "Version")
              SELECT referral, b.id, md5('action0-' || k)::uuid, NULL, b.person, office, office, service, provider, {(int)ServiceCategory.Employment},
                     {(int)ReferralUrgency.Routine}, 'Busca empleo en construcción', referral_status,
                     CASE WHEN referral_status = {(int)ReferralStatus.Sent} THEN sent_at ELSE changed_at END, sent_at, worker, md5('consent' || k)::uuid,
                     false, NULL, {(int)(SharedField.Name | SharedField.SexAndAge)}, p."GivenNames", p."FirstSurname" || ' ' || coalesce(p."SecondSurname", ''), p."Sex",
                     30, false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                     CASE WHEN referral_status = {(int)ReferralStatus.Declined} THEN 'Sin cupo este mes' END,
                     CASE WHEN referral_status = {(int)ReferralStatus.Completed} THEN 'Contratado' END,
                     CASE WHEN status >= {(int)CaseStatus.FollowUp} THEN changed_at + interval '2 days' END, 1
              FROM b_planned b JOIN "People" p ON p."Id" = b.person;
            INSERT INTO "ReferralTransition" ("Id", "ReferralId", "Status", "ByUserId", "ByInstitutionId", "Note", "At")
              SELECT md5('sent' || k)::uuid, referral, {(int)ReferralStatus.Sent}, worker, office, NULL, sent_at FROM b_planned
              UNION ALL
              SELECT md5('moved' || k)::uuid, referral, referral_status, worker, provider, NULL, changed_at FROM b_planned WHERE referral_status <> {(int)ReferralStatus.Sent};
            """);
        var written = clock.Elapsed;
        clock.Restart();
        await using (var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", conn) { CommandTimeout = 0 })
        {
            await vacuum.ExecuteNonQueryAsync();
        }
        var maintenance = clock.Elapsed;
        var rows = new List<(string, long)>();
        foreach (var table in new[] { "People", "Cases", "Consents", "Assessments", "AssessmentRating", "Plans", "PlanActions", "Referrals", "ReferralTransition", "AspNetUsers" })
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", conn) { CommandTimeout = 0 };
            rows.Add((table, (long)(await count.ExecuteScalarAsync())!));
        }
        return new Report(written, maintenance, rows);
    }
}
