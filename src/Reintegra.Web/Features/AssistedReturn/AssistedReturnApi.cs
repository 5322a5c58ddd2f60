using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.AssistedReturn.Handoff;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

public static class AssistedReturnApi
{
    public static IServiceCollection AddAssistedReturnFeatures(this IServiceCollection services) => services
        .AddScoped<AvrAccess>()
        .AddScoped<RequestView>()
        .AddScoped<StepRunner>()
        .AddScoped<ManageRequests>()
        .AddScoped<DecideRequests>()
        .AddScoped<ManageFunds>()
        .AddHandoffFeatures();

    public static void MapAssistedReturnApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/v1/avr").WithTags("Assisted voluntary return").RequireAuthorization(Policies.ReadAssistedReturns);
        var request = app.MapGroup("/api/v1/avr").WithTags("Assisted voluntary return").RequireAuthorization(Policies.RequestReturns);
        var funds = app.MapGroup("/api/v1/avr").WithTags("Assisted voluntary return").RequireAuthorization(Policies.ManageFunds);
        app.MapHandoffApi();
        var admin = app.MapGroup("/api/v1/avr").WithTags("Assisted voluntary return").RequireAuthorization(Policies.Administer);

        read.MapGet("/requests", async (RequestView h, AvrStatus? status, int? page, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(status, page ?? 1, ct)))
            .WithSummary("Requests the user's institution made, or that were sent to it; most recently changed first");
        read.MapGet("/requests/{id:guid}", async (RequestView h, Guid id, CancellationToken ct) => Answer(await h.GetAsync(id, ct)))
            .WithSummary("One request with its history, the fund's eligibility check and the steps open to the user");
        read.MapGet("/offices", async (ManageRequests h, CancellationToken ct) => TypedResults.Ok(await h.Offices().ToListAsync(ct)))
            .WithSummary("The offices a request may be sent to (institutions that manage an active fund)");
        read.MapPost("/requests/{id:guid}/travel", async (ManageRequests h, Guid id, ManageRequests.TravelInput input, CancellationToken ct) => Answer(await h.ArrangeTravelAsync(id, input, ct)))
            .WithSummary("Arrange the travel of an approved request (itinerary, dates, escort); needs recorded consent");
        read.MapPost("/requests/{id:guid}/travelled", async (ManageRequests h, Guid id, ManageRequests.TravelledInput input, CancellationToken ct) => Answer(await h.MarkTravelledAsync(id, input, ct)))
            .WithSummary("Record that the person travelled; needs recorded consent");

        request.MapPost("/requests", async Task<Results<Created<RequestView.Details>, NotFound, ProblemHttpResult>> (ManageRequests h, RequestInput input, CancellationToken ct) =>
        {
            var r = await h.CreateAsync(input, ct);
            return r.Outcome == StepOutcome.Done ? TypedResults.Created($"/api/v1/avr/requests/{r.Value!.Id}", r.Value) : Refusal(r);
        }).WithSummary("Draft a request on behalf of a migrant (consulates, international organisations, authorised NGOs)");
        request.MapPut("/requests/{id:guid}", async (ManageRequests h, Guid id, RequestInput input, CancellationToken ct) => Answer(await h.UpdateAsync(id, input, ct)))
            .WithSummary("Change a draft; send the version you read (409 if someone changed it since)");
        request.MapPost("/requests/{id:guid}/consent", async (ManageRequests h, Guid id, ManageRequests.ConsentInput input, CancellationToken ct) => Answer(await h.ConsentAsync(id, input, ct)))
            .WithSummary("Record the person's consent (a child's by proxy, naming who gave it) and what may be passed to the country of return");
        request.MapPost("/requests/{id:guid}/consent/withdraw", async (ManageRequests h, Guid id, ManageRequests.VersionInput input, CancellationToken ct) => Answer(await h.WithdrawConsentAsync(id, input, ct)));
        request.MapPost("/requests/{id:guid}/submit", async (ManageRequests h, Guid id, ManageRequests.VersionInput input, CancellationToken ct) => Answer(await h.SubmitAsync(id, input, ct)));
        request.MapPost("/requests/{id:guid}/cancel", async (ManageRequests h, Guid id, ManageRequests.ReasonInput input, CancellationToken ct) => Answer(await h.CancelAsync(id, input, ct)))
            .WithSummary("Cancel with a reason; what was committed goes back to the fund");

        funds.MapPost("/requests/{id:guid}/eligibility", async (DecideRequests h, Guid id, DecideRequests.CheckInput input, CancellationToken ct) => Answer(await h.CheckEligibilityAsync(id, input, ct)))
            .WithSummary("Check the request against one of the institution's funds; every rule is shown with its outcome");
        funds.MapPost("/requests/{id:guid}/approve", async (DecideRequests h, Guid id, ManageRequests.VersionInput input, CancellationToken ct) => Answer(await h.ApproveAsync(id, input, ct)))
            .WithSummary("Approve and commit the money; refused (409, with the reason) above the per-case cap or the remaining budget");
        funds.MapPost("/requests/{id:guid}/reject", async (DecideRequests h, Guid id, ManageRequests.ReasonInput input, CancellationToken ct) => Answer(await h.RejectAsync(id, input, ct)));
        funds.MapPost("/requests/{id:guid}/close", async (DecideRequests h, Guid id, ManageRequests.VersionInput input, CancellationToken ct) => Answer(await h.CloseAsync(id, input, ct)))
            .WithSummary("Close a request the country of return reported received; what is still committed goes back to the fund");
        funds.MapPost("/requests/{id:guid}/spending", async (DecideRequests h, Guid id, DecideRequests.SpendingInput input, CancellationToken ct) => Answer(await h.RecordSpendingAsync(id, input, ct)))
            .WithSummary("Book money paid for the request (tickets, escort, per diem, medical)");

        funds.MapGet("/funds", async (ManageFunds h, int? year, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(year, ct)))
            .WithSummary("Budget dashboard: each fund of the institution with the year's budget, committed, spent, remaining and cases by group");
        funds.MapPost("/funds", async (ManageFunds h, ManageFunds.FundInput input, CancellationToken ct) =>
        {
            var f = await h.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/avr/funds/{f.Id}", f);
        });
        funds.MapGet("/funds/{id:guid}", async Task<Results<Ok<ManageFunds.FundSummary>, NotFound>> (ManageFunds h, Guid id, int? year, CancellationToken ct) =>
            await h.FindAsync(id, year, ct) is { } f ? TypedResults.Ok(f) : TypedResults.NotFound());
        funds.MapPut("/funds/{id:guid}", async Task<Results<Ok<ManageFunds.FundSummary>, NotFound>> (ManageFunds h, Guid id, ManageFunds.FundInput input, CancellationToken ct) =>
            await h.UpdateAsync(id, input, ct) is { } f ? TypedResults.Ok(f) : TypedResults.NotFound());
        funds.MapPut("/funds/{id:guid}/budgets/{year:int}", async Task<Results<Ok<ManageFunds.FundSummary>, NotFound>> (ManageFunds h, Guid id, int year, ManageFunds.BudgetInput input, CancellationToken ct) =>
            await h.SetBudgetAsync(id, year, input, ct) is { } f ? TypedResults.Ok(f) : TypedResults.NotFound())
            .WithSummary("Set a year's budget (never below what is already committed and spent)");
        funds.MapGet("/funds/{id:guid}/ledger", async Task<Results<Ok<ManageFunds.Ledger>, NotFound>> (ManageFunds h, Guid id, int? year, int? page, CancellationToken ct) =>
            await h.LedgerAsync(id, year, page ?? 1, ct) is { } l ? TypedResults.Ok(l) : TypedResults.NotFound())
            .WithSummary("The year's commitments, releases and spending, newest first");

        admin.MapPut("/authorisations/{institutionId:guid}", async Task<Results<NoContent, NotFound>> (AppDbContext db, CurrentUser me, TimeProvider clock, Guid institutionId, CancellationToken ct) =>
        {
            if (!await db.Institutions.AnyAsync(i => i.Id == institutionId && i.Kind == InstitutionKind.Ngo, ct))
            {
                return TypedResults.NotFound();
            }
            if (!await db.AvrRequesterAuthorisations.AnyAsync(a => a.InstitutionId == institutionId, ct))
            {
                db.AvrRequesterAuthorisations.Add(new AvrRequesterAuthorisation(institutionId, me.Id, clock.GetUtcNow().UtcDateTime));
                await db.SaveChangesAsync(ct);
            }
            return TypedResults.NoContent();
        }).WithSummary("Authorise a civil-society organisation to request assisted returns");
    }

    private static Results<Ok<T>, NotFound, ProblemHttpResult> Answer<T>(StepResult<T> r) => r.Outcome switch
    {
        StepOutcome.Done => TypedResults.Ok(r.Value!),
        StepOutcome.NotFound => TypedResults.NotFound(),
        _ => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden),
    };

    private static Results<Created<T>, NotFound, ProblemHttpResult> Refusal<T>(StepResult<T> r) =>
        r.Outcome == StepOutcome.NotFound ? TypedResults.NotFound() : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden);
}
