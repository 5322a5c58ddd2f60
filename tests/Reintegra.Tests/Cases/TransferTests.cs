using System.Net;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Cases;

namespace Reintegra.Tests.Cases;

/// <summary>A case moves to another institution only when that institution accepts it; inside an institution a supervisor reassigns it.</summary>
public class TransferTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_transfer_moves_the_case_its_person_and_its_referrals_only_once_accepted()
    {
        var airport = await app.OfficeAsync();
        var umar = await app.OfficeAsync("UMAR San Pedro Sula");
        var provider = await app.ProviderAsync(ServiceCategory.Employment);
        var (returnee, opened) = await airport.ReturneeWithCaseAsync();
        var c = await airport.CaseWorker.GetCaseAsync(opened.CaseId);

        var noConsent = await airport.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/transfers",
            new { toInstitutionId = umar.Institution.Id, reason = "Vive en San Pedro Sula", version = c.Version });
        Assert.Equal("Transfer.ConsentRequired", (string?)(await noConsent.ProblemAsync(409))["code"]);
        c = await airport.CaseWorker.ConsentAsync(c.Id);
        var referral = await airport.CaseWorker.ReferAsync(c.Id, provider.ServiceId);
        c = await airport.CaseWorker.GetCaseAsync(c.Id);

        var transferId = await (await airport.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/transfers",
            new { toInstitutionId = umar.Institution.Id, reason = "Se instala con su familia en San Pedro Sula.", version = c.Version })).ReadAsync<Guid>();
        c = await airport.CaseWorker.GetCaseAsync(c.Id);
        Assert.Equal(TransferStatus.Pending, c.PendingTransfer!.Status);
        var twice = await airport.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/transfers",
            new { toInstitutionId = umar.Institution.Id, reason = "otra vez", version = c.Version });
        Assert.Equal("Transfer.AlreadyPending", (string?)(await twice.ProblemAsync(409))["code"]);

        // Until it accepts, the receiving institution sees who is coming and why, not the case.
        await (await umar.CaseWorker.GetAsync($"/api/v1/cases/{c.Id}")).ProblemAsync(404);
        await (await umar.CaseWorker.GetAsync($"/api/v1/persons/{returnee.PersonId}")).ProblemAsync(404);
        var incoming = await (await umar.CaseWorker.GetAsync("/api/v1/transfers/incoming")).ReadAsync<List<TransferCase.Incoming>>();
        var coming = Assert.Single(incoming);
        Assert.Equal("José Luis García López", coming.PersonName);
        Assert.Equal("Se instala con su familia en San Pedro Sula.", coming.Reason);
        var stranger = await app.OfficeAsync();
        await (await stranger.CaseWorker.PostJsonAsync($"/api/v1/transfers/{transferId}/accept", new { })).ProblemAsync(404);

        var accept = await umar.CaseWorker.PostJsonAsync($"/api/v1/transfers/{transferId}/accept", new { });
        Assert.Equal(HttpStatusCode.NoContent, accept.StatusCode);
        var moved = await umar.CaseWorker.GetCaseAsync(c.Id);
        Assert.Equal(umar.Institution.Id, moved.InstitutionId);
        Assert.Equal(umar.CaseWorkerUser.Id, moved.CaseWorkerId);
        Assert.Equal(HttpStatusCode.OK, (await umar.CaseWorker.GetAsync($"/api/v1/persons/{returnee.PersonId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await umar.CaseWorker.GetAsync($"/api/v1/referrals/{referral.ReferralId}")).StatusCode);
        // The referral's follow-through moves with the case: its completion is on the new case worker's dashboard only.
        await provider.Client.AnswerAsync(referral.ReferralId, "accept");
        await provider.Client.AnswerAsync(referral.ReferralId, "complete", "Orientación laboral");
        var board = await (await umar.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        Assert.Equal(referral.ReferralId, Assert.Single(board.Referrals.Completed).Id);
        var before = await (await airport.CaseWorker.GetAsync("/api/v1/cases/dashboard")).ReadAsync<Dashboard.Result>();
        Assert.DoesNotContain(before.Referrals.Completed, r => r.Id == referral.ReferralId);
        await (await airport.CaseWorker.GetAsync($"/api/v1/cases/{c.Id}")).ProblemAsync(404);
        await (await airport.CaseWorker.GetAsync($"/api/v1/referrals/{referral.ReferralId}")).ProblemAsync(404);
        await (await umar.CaseWorker.PostJsonAsync($"/api/v1/transfers/{transferId}/decline", new { reason = "tarde" })).ProblemAsync(409);
    }

    [Fact]
    public async Task A_declined_transfer_leaves_the_case_where_it_was_with_the_reason()
    {
        var from = await app.OfficeAsync();
        var to = await app.OfficeAsync();
        var (_, opened) = await from.ReturneeWithCaseAsync();
        var c = await from.CaseWorker.ConsentAsync(opened.CaseId);
        var transferId = await (await from.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/transfers",
            new { toInstitutionId = to.Institution.Id, reason = "Cambio de domicilio", version = c.Version })).ReadAsync<Guid>();
        await (await to.CaseWorker.PostJsonAsync($"/api/v1/transfers/{transferId}/decline", new { })).ProblemAsync(400);
        var declined = await to.CaseWorker.PostJsonAsync($"/api/v1/transfers/{transferId}/decline", new { reason = "El municipio no está en nuestra cobertura." });
        Assert.Equal(HttpStatusCode.NoContent, declined.StatusCode);
        c = await from.CaseWorker.GetCaseAsync(c.Id);
        Assert.Null(c.PendingTransfer);
        Assert.Equal(from.Institution.Id, c.InstitutionId);
        var t = Assert.Single(c.Transfers);
        Assert.Equal(TransferStatus.Declined, t.Status);
        Assert.Equal("El municipio no está en nuestra cobertura.", t.DeclineReason);
    }

    [Fact]
    public async Task Only_a_supervisor_reassigns_and_only_to_a_case_worker_of_the_institution()
    {
        var office = await app.OfficeAsync();
        var other = await app.OfficeAsync();
        var colleague = await app.CreateUserAsync(office.Institution.Id, Roles.CaseWorker);
        var receptionOnly = await app.CreateUserAsync(office.Institution.Id, Roles.ReceptionOfficer);
        var (_, opened) = await office.ReturneeWithCaseAsync();
        var c = await office.CaseWorker.GetCaseAsync(opened.CaseId);

        await (await office.CaseWorker.PostJsonAsync($"/api/v1/cases/{c.Id}/reassign", new { caseWorkerId = colleague.Id, version = c.Version })).ProblemAsync(403);
        foreach (var wrong in new[] { other.CaseWorkerUser.Id, receptionOnly.Id, Guid.NewGuid() })
        {
            var refused = await office.Supervisor.PostJsonAsync($"/api/v1/cases/{c.Id}/reassign", new { caseWorkerId = wrong, version = c.Version });
            Assert.NotEmpty((await refused.ProblemAsync(400)).FieldErrors("caseWorkerId"));
        }
        var ok = await office.Supervisor.PostJsonAsync($"/api/v1/cases/{c.Id}/reassign", new { caseWorkerId = colleague.Id, version = c.Version });
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        c = await office.CaseWorker.GetCaseAsync(c.Id);
        Assert.Equal(colleague.Id, c.CaseWorkerId);
        var mine = await (await office.CaseWorker.GetAsync("/api/v1/cases?mine=true")).ReadAsync<ListCases.Result>();
        Assert.Empty(mine.Items);
    }
}
