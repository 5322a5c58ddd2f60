using Microsoft.AspNetCore.Http.HttpResults;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Features.Cases;

public static class CasesApi
{
    public sealed record VersionInput(int? Version);

    public static IServiceCollection AddCasesFeatures(this IServiceCollection services) => services
        .AddSingleton<CaseSettings>()
        .AddScoped<CaseAccess>()
        .AddScoped<OpenCase>()
        .AddScoped<CaseView>()
        .AddScoped<ListCases>()
        .AddScoped<RecordConsent>()
        .AddScoped<ManageMembers>()
        .AddScoped<RecordAssessment>()
        .AddScoped<EditPlan>()
        .AddScoped<MoveCase>()
        .AddScoped<TransferCase>()
        .AddScoped<Dashboard>();

    public static void MapCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Cases").RequireAuthorization(Policies.Cases);

        api.MapGet("/cases/dashboard", async (Dashboard h, bool? team, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(team ?? false, ct)))
            .WithSummary("Your tasks by due date (overdue first), referral follow-through, and for supervisors plans awaiting approval; team=true for the whole team (supervisors)");
        api.MapGet("/cases", async (ListCases h, CaseStatus? status, bool? mine, int? page, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(new ListCases.Query(status, mine, page), ct)))
            .WithSummary("Cases of your institution, newest first");
        api.MapPost("/cases", async Task<Created<OpenCase.Result>> (OpenCase h, OpenCase.Input input, CancellationToken ct) =>
        {
            var r = await h.OpenAsync(input, ct);
            return TypedResults.Created($"/api/v1/cases/{r.CaseId}", r);
        }).WithSummary("Open a case for a person your institution holds a record about (returnEventId: straight from reception)");
        api.MapGet("/cases/{id:guid}", async Task<Results<Ok<CaseView.Details>, NotFound>> (CaseView h, Guid id, CancellationToken ct) =>
                await h.GetAsync(id, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound())
            .WithSummary("A case with consent, household, assessments, plan, referrals and transfers (audited)");
        api.MapGet("/cases/{id:guid}/assessments/{assessmentId:guid}", async Task<Results<Ok<CaseView.AssessmentView>, NotFound>> (CaseView h, Guid id, Guid assessmentId, CancellationToken ct) =>
            await h.AssessmentAsync(id, assessmentId, audited: true, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());

        api.MapPost("/cases/{id:guid}/consents", async Task<Results<Ok<RecordConsent.Result>, NotFound>> (RecordConsent h, Guid id, RecordConsent.Input input, CancellationToken ct) =>
                await h.RecordAsync(id, input, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("Record what the person (or a proxy for a child) agreed to; it replaces the current consent, and open referrals it no longer covers stop");
        api.MapPost("/cases/{id:guid}/consents/withdraw", async Task<Results<Ok<RecordConsent.Result>, NotFound>> (RecordConsent h, Guid id, RecordConsent.WithdrawInput input, CancellationToken ct) =>
                await h.WithdrawAsync(id, input, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("Withdraw consent: takes effect at once, open referrals stop and their shared data is erased");

        api.MapPost("/cases/{id:guid}/members", async Task<Results<Ok<Guid>, NotFound>> (ManageMembers h, Guid id, ManageMembers.Input input, CancellationToken ct) =>
            await h.AddAsync(id, input, ct) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound());
        api.MapDelete("/cases/{id:guid}/members/{memberId:guid}", async Task<Results<NoContent, NotFound>> (ManageMembers h, Guid id, Guid memberId, int? version, CancellationToken ct) =>
            await h.RemoveAsync(id, memberId, new ManageMembers.RemoveInput { Version = version }, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Unlink a household member; send ?version= of the case");

        api.MapPost("/cases/{id:guid}/assessments", async Task<Results<Ok<Guid>, NotFound>> (RecordAssessment h, Guid id, RecordAssessment.Input input, CancellationToken ct) =>
                await h.RecordAsync(id, input, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .WithSummary("Record a needs assessment (every item rated); earlier ones are kept");

        api.MapPut("/cases/{id:guid}/plan", async Task<Results<NoContent, NotFound>> (EditPlan h, Guid id, EditPlan.GoalInput input, CancellationToken ct) =>
            await h.SetGoalAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        api.MapPost("/cases/{id:guid}/plan/actions", async Task<Results<Ok<Guid>, NotFound>> (EditPlan h, Guid id, EditPlan.ActionInput input, CancellationToken ct) =>
            await h.AddActionAsync(id, input, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound());
        api.MapPut("/cases/{id:guid}/plan/actions/{actionId:guid}", async Task<Results<NoContent, NotFound>> (EditPlan h, Guid id, Guid actionId, EditPlan.ActionInput input, CancellationToken ct) =>
            await h.ChangeActionAsync(id, actionId, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        api.MapPost("/cases/{id:guid}/plan/actions/{actionId:guid}/status", async Task<Results<NoContent, NotFound>> (EditPlan h, Guid id, Guid actionId, EditPlan.StatusInput input, CancellationToken ct) =>
            await h.SetActionStatusAsync(id, actionId, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        api.MapPost("/cases/{id:guid}/plan/agree", async Task<Results<Ok<PlanStatus>, NotFound>> (EditPlan h, Guid id, EditPlan.AgreeInput input, CancellationToken ct) =>
                await h.AgreeAsync(id, input, ct) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound())
            .WithSummary("The plan was agreed with the person; above the approval threshold it waits for a supervisor");
        api.MapPost("/cases/{id:guid}/plan/approve", async Task<Results<NoContent, NotFound>> (EditPlan h, Guid id, EditPlan.ReviewInput input, CancellationToken ct) =>
                await h.ApproveAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ApproveCasePlans);
        api.MapPost("/cases/{id:guid}/plan/return", async Task<Results<NoContent, NotFound>> (EditPlan h, Guid id, EditPlan.ReviewInput input, CancellationToken ct) =>
                await h.ReturnAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.ApproveCasePlans)
            .WithSummary("Send a plan back to the case worker with a reason");

        api.MapPost("/cases/{id:guid}/move", async Task<Results<Ok<CaseStatus>, NotFound>> (MoveCase h, Guid id, MoveCase.MoveInput input, CancellationToken ct) =>
                await h.MoveAsync(id, input, ct) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound())
            .WithSummary("Move the case to its next stage (or back one to revise); refused with the reason when the stage is not complete");
        api.MapPost("/cases/{id:guid}/close", async Task<Results<NoContent, NotFound>> (MoveCase h, Guid id, MoveCase.CloseInput input, CancellationToken ct) =>
            await h.CloseAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        api.MapPost("/cases/{id:guid}/reassign", async Task<Results<NoContent, NotFound>> (MoveCase h, Guid id, MoveCase.AssignInput input, CancellationToken ct) =>
                await h.ReassignAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(Policies.AssignCases);
        api.MapPost("/cases/{id:guid}/child-protection", async Task<Results<NoContent, NotFound>> (MoveCase h, Guid id, MoveCase.ChildProtectionInput input, CancellationToken ct) =>
                await h.MarkChildProtectionAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("The child is unaccompanied or separated after all: the case needs a child-protection referral from now on");
        api.MapPut("/cases/{id:guid}/follow-up", async Task<Results<NoContent, NotFound>> (MoveCase h, Guid id, MoveCase.FollowUpInput input, CancellationToken ct) =>
            await h.SetFollowUpAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());

        api.MapPost("/cases/{id:guid}/transfers", async Task<Results<Ok<Guid>, NotFound>> (TransferCase h, Guid id, TransferCase.RequestInput input, CancellationToken ct) =>
                await h.RequestAsync(id, input, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound())
            .WithSummary("Ask another institution to take the case over; it moves when they accept");
        api.MapGet("/transfers/incoming", async (TransferCase h, CancellationToken ct) => TypedResults.Ok(await h.IncomingAsync(ct)));
        api.MapPost("/transfers/{id:guid}/accept", async Task<Results<NoContent, NotFound>> (TransferCase h, Guid id, TransferCase.AnswerInput input, CancellationToken ct) =>
            await h.AcceptAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        api.MapPost("/transfers/{id:guid}/decline", async Task<Results<NoContent, NotFound>> (TransferCase h, Guid id, TransferCase.AnswerInput input, CancellationToken ct) =>
            await h.DeclineAsync(id, input, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
        api.MapPost("/transfers/{id:guid}/cancel", async Task<Results<NoContent, NotFound>> (TransferCase h, Guid id, CancellationToken ct) =>
            await h.CancelAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound());
    }
}
