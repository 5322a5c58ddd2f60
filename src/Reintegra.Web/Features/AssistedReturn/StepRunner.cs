using Reintegra.Web.Data;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn;

/// <summary>
/// Runs one step of a request's life: loads the request the user may see, refuses the step if their role and
/// institution do not allow it, applies it from the version they read and saves, all in one transaction with any
/// movement of money. A rule broken inside the step changes nothing.
/// </summary>
public sealed class StepRunner(AppDbContext db, AvrAccess access, Checks checks, TimeProvider clock, RequestView view)
{
    public async Task<StepResult<RequestView.Details>> RunAsync(Guid id, AvrStep step, int? version, CancellationToken ct, Func<Domain.AvrRequest, DateTime, Task> apply)
    {
        var (request, outcome) = await access.LoadAsync(id, step, ct);
        if (outcome != StepOutcome.Done)
        {
            return new StepResult<RequestView.Details>(outcome, null);
        }
        checks.Required("version", version);
        checks.ThrowIfInvalid();
        db.Entry(request!).Property(r => r.Version).OriginalValue = version!.Value;
        await FundBooks.InTransactionAsync(db, () => apply(request!, clock.GetUtcNow().UtcDateTime), ct);
        return await view.GetAsync(id, ct);
    }
}
