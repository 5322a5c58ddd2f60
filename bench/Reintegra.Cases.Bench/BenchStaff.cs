using Reintegra.Web.Domain;

namespace Reintegra.Cases.Bench;

/// <summary>The measured office (institution 0 of the seed), its first case worker and its supervisor.</summary>
internal sealed record BenchStaff(Guid OfficeId, Guid CaseWorkerId, Guid SupervisorId)
{
    public const string CaseWorkerEmail = "gestion.casos@bench.reintegra.test";
    public const string SupervisorEmail = "supervision.casos@bench.reintegra.test";
    public const string OfficeName = "Oficina de reintegración 0 (benchmark)";

    /// <summary>The measured office's case worker and supervisor, made on a new database or found on a reused one.</summary>
    public static async Task<BenchStaff> MakeAsync(BenchHost app)
    {
        var worker = await app.UserAsync(CaseWorkerEmail, OfficeName, InstitutionKind.ReceptionCentre, Roles.CaseWorker);
        var supervisor = await app.UserAsync(SupervisorEmail, OfficeName, InstitutionKind.ReceptionCentre, Roles.Supervisor);
        return new BenchStaff(worker.InstitutionId, worker.Id, supervisor.Id);
    }
}
