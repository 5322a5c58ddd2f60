namespace Reintegra.Web.Domain;

/// <summary>The roles of DOMAIN.md. A user holds one or more, always inside one institution.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string ReceptionOfficer = "ReceptionOfficer";
    public const string ProtectionOfficer = "ProtectionOfficer";
    public const string CaseWorker = "CaseWorker";
    public const string Supervisor = "Supervisor";
    public const string ServiceProvider = "ServiceProvider";
    public const string ConsularOfficer = "ConsularOfficer";
    public const string FundManager = "FundManager";
    public const string Employer = "Employer";
    public const string Analyst = "Analyst";
    public const string Auditor = "Auditor";

    /// <summary>Submits Annex I entries and programmes for a member state or an observer organisation.</summary>
    public const string CountryFocalPoint = "CountryFocalPoint";

    /// <summary>The conference's technical secretariat: reviews and publishes entries, keeps the roadmap.</summary>
    public const string ConferenceSecretariat = "ConferenceSecretariat";

    public static IReadOnlyList<string> All { get; } =
    [
        Administrator, ReceptionOfficer, ProtectionOfficer, CaseWorker, Supervisor, ServiceProvider,
        ConsularOfficer, FundManager, Employer, Analyst, Auditor, CountryFocalPoint, ConferenceSecretariat,
    ];
}

/// <summary>Authorization policies: what each role may do, named by the capability rather than the role.</summary>
public static class Policies
{
    /// <summary>Register arrivals and returns, screen, refer at reception.</summary>
    public const string Reception = "Reception";

    /// <summary>Read and search people and their returns (within the user's institution).</summary>
    public const string ReadPeople = "ReadPeople";

    /// <summary>See sensitive protection flags (trafficking, violence, protection risk, LGBTI). Every view is audited.</summary>
    public const string ReadSensitive = "ReadSensitive";

    /// <summary>Manage institutions and users.</summary>
    public const string Administer = "Administer";

    /// <summary>Read the audit trail.</summary>
    public const string ReadAudit = "ReadAudit";

    /// <summary>Write programmes and Annex I entries for the user's institution and submit them for review.</summary>
    public const string SubmitEntries = "SubmitEntries";

    /// <summary>Review, correct and publish submitted entries of every institution.</summary>
    public const string ReviewEntries = "ReviewEntries";

    /// <summary>The signed-in side of the catalogue (entries being written or reviewed); each entry is still scoped.</summary>
    public const string ManageCatalogue = "ManageCatalogue";

    /// <summary>Record, publish and budget the roadmap's recommendations.</summary>
    public const string ManageRoadmap = "ManageRoadmap";

    /// <summary>Report progress on recommendations and execution of budget (a country only for what it is responsible for).</summary>
    public const string ReportProgress = "ReportProgress";

    /// <summary>Record information and outreach activities of the user's institution.</summary>
    public const string RecordOutreach = "RecordOutreach";
    /// <summary>Open and work on reintegration cases of the user's institution: consent, assessment, plan, referrals, transfers.</summary>
    public const string Cases = "Cases";

    /// <summary>Approve a reintegration plan that commits more money than the configured threshold.</summary>
    public const string ApproveCasePlans = "ApproveCasePlans";

    /// <summary>Reassign a case to another case worker of the institution.</summary>
    public const string AssignCases = "AssignCases";

    /// <summary>Send a referral the person's consent does not cover, with a recorded reason (audited).</summary>
    public const string OverrideConsent = "OverrideConsent";

    /// <summary>See and answer the referrals sent to the user's institution; of the person, only what was shared. Never a person search.</summary>
    public const string ReceiveReferrals = "ReceiveReferrals";

    /// <summary>Follow up the referrals the user's institution sent (cases and urgent referrals from reception): read, withdraw, mark followed up.</summary>
    public const string FollowReferrals = "FollowReferrals";

    /// <summary>Search the service directory (no personal data in it).</summary>
    public const string ReadServices = "ReadServices";

    /// <summary>Add, edit and import services of the directory.</summary>
    public const string ManageServices = "ManageServices";

    /// <summary>Review pairs that may be the same person and decide: merge, or different people.</summary>
    public const string ReviewDuplicates = "ReviewDuplicates";

    /// <summary>Start the batch deduplication of the registry.</summary>
    public const string RunDeduplication = "RunDeduplication";

    /// <summary>Undo a merge.</summary>
    public const string UndoMerges = "UndoMerges";

    /// <summary>Request an assisted voluntary return on a migrant's behalf (consulates, international organisations, authorised NGOs).</summary>
    public const string RequestReturns = "RequestReturns";

    /// <summary>Manage the institution's return funds: rules, budgets, eligibility checks, approvals, spending.</summary>
    public const string ManageFunds = "ManageFunds";

    /// <summary>See assisted-return requests (of the user's institution, or handed to it).</summary>
    public const string ReadAssistedReturns = "ReadAssistedReturns";

    /// <summary>Read published statistics: aggregates only, small cells suppressed; never a person.</summary>
    public const string ReadStatistics = "ReadStatistics";

    /// <summary>Publish the employer institution's vacancies, see anonymous candidates and the people put forward to it.</summary>
    public const string PublishVacancies = "PublishVacancies";
    /// <summary>See the advance notices of children announced by another country's instance (child-protection authorities).</summary>
    public const string ChildProtectionNotices = "ChildProtectionNotices";

    public static IReadOnlyDictionary<string, string[]> RolesByPolicy { get; } = new Dictionary<string, string[]>
    {
        [Reception] = [Roles.ReceptionOfficer, Roles.ProtectionOfficer],
        [ReadPeople] = [Roles.ReceptionOfficer, Roles.ProtectionOfficer, Roles.CaseWorker, Roles.Supervisor],
        [ReadSensitive] = [Roles.ProtectionOfficer, Roles.CaseWorker, Roles.Supervisor],
        [Administer] = [Roles.Administrator],
        [ReadAudit] = [Roles.Administrator, Roles.Auditor],
        [SubmitEntries] = [Roles.CountryFocalPoint],
        [ReviewEntries] = [Roles.ConferenceSecretariat],
        [ManageCatalogue] = [Roles.CountryFocalPoint, Roles.ConferenceSecretariat],
        [ManageRoadmap] = [Roles.ConferenceSecretariat],
        [ReportProgress] = [Roles.CountryFocalPoint, Roles.ConferenceSecretariat],
        [RecordOutreach] = [Roles.CountryFocalPoint, Roles.CaseWorker, Roles.Supervisor],
        [Cases] = [Roles.CaseWorker, Roles.Supervisor],
        [ApproveCasePlans] = [Roles.Supervisor],
        [AssignCases] = [Roles.Supervisor],
        [OverrideConsent] = [Roles.Supervisor],
        [ReceiveReferrals] = [Roles.ServiceProvider],
        [FollowReferrals] = [Roles.CaseWorker, Roles.Supervisor, Roles.ReceptionOfficer, Roles.ProtectionOfficer],
        [ReadServices] = [Roles.CaseWorker, Roles.Supervisor, Roles.ServiceProvider, Roles.ReceptionOfficer, Roles.ProtectionOfficer, Roles.Administrator],
        [ManageServices] = [Roles.Administrator],
        [ReviewDuplicates] = [Roles.CaseWorker, Roles.Supervisor, Roles.ProtectionOfficer, Roles.Administrator],
        [RunDeduplication] = [Roles.Supervisor, Roles.Administrator],
        [UndoMerges] = [Roles.Administrator],
        [RequestReturns] = [Roles.ConsularOfficer],
        [ManageFunds] = [Roles.FundManager],
        [ReadAssistedReturns] = [Roles.ConsularOfficer, Roles.FundManager],
        [ReadStatistics] = [Roles.Analyst, Roles.Supervisor, Roles.Administrator],
        [PublishVacancies] = [Roles.Employer],
        [ChildProtectionNotices] = [Roles.ProtectionOfficer, Roles.ServiceProvider, Roles.CaseWorker, Roles.Supervisor],
    };
}
