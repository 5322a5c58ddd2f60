using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn.Handoff;

/// <summary>The hand-off between instances: keys and peers, the inbox and file import, announced arrivals and child notices, the outbox of a request.</summary>
public static class HandoffApi
{
    public const string ExportedAction = "handoff.exported";

    public static IServiceCollection AddHandoffFeatures(this IServiceCollection services)
    {
        services.AddHttpClient(HandoffOutbox.ClientName, c => c.Timeout = TimeSpan.FromSeconds(20));
        return services
            .AddScoped<InstanceKeys>()
            .AddScoped<HandoffOutbox>()
            .AddScoped<HandoffInbox>()
            .AddScoped<AnnounceReturn>()
            .AddScoped<ManagePeers>()
            .AddScoped<AnnouncedArrivals>()
            .AddScoped<RequestHandoffs>();
    }

    public static void MapHandoffApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/handoffs").WithTags("Hand-off between instances").RequireAuthorization(Policies.Administer);
        admin.MapGet("/key", async (ManagePeers h, CancellationToken ct) => TypedResults.Ok(await h.OwnKeyAsync(ct)))
            .WithSummary("This instance's country, key id and public key (PEM), to give to peer instances");
        admin.MapGet("/peers", async (ManagePeers h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)));
        admin.MapPut("/peers/{country}", async (ManagePeers h, string country, ManagePeers.PeerInput input, CancellationToken ct) => TypedResults.Ok(await h.SaveAsync(country, input, ct)))
            .WithSummary("Register or change a peer instance: its public key, address, and the reception centre and child-protection authority its announcements go to");

        // A peer's call is authenticated by its signature with the key an administrator registered, not by a user account.
        app.MapPost("/api/v1/handoffs/inbox", async (HandoffInbox h, JsonElement envelope, CancellationToken ct) => TypedResults.Ok(await h.ReceiveAsync(envelope.GetRawText(), ct)))
            .WithTags("Hand-off between instances").AllowAnonymous()
            .WithSummary("Deliver a signed package from a peer instance (announcement, or reception's confirmation)");
        app.MapPost("/api/v1/handoffs/import", async (HandoffInbox h, JsonElement envelope, CancellationToken ct) => TypedResults.Ok(await h.ReceiveAsync(envelope.GetRawText(), ct)))
            .WithTags("Hand-off between instances").RequireAuthorization(Policies.Reception)
            .WithSummary("Import a signed package carried over as a file while the link between instances is down");

        var reception = app.MapGroup("/api/v1/avr/announced").WithTags("Hand-off between instances").RequireAuthorization(Policies.Reception);
        reception.MapGet("", async (AnnouncedArrivals h, AnnouncedStatus? status, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(status, ct)))
            .WithSummary("Arrivals announced to the user's reception centre, soonest first");
        reception.MapGet("/{id:guid}", async Task<Results<Ok<AnnouncedArrivals.Details>, NotFound>> (AnnouncedArrivals h, Guid id, CancellationToken ct) =>
            await h.GetAsync(id, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound());
        reception.MapGet("/{id:guid}/candidates", async Task<Results<Ok<IReadOnlyList<Reception.FindCandidates.Candidate>>, NotFound>> (AnnouncedArrivals h, Guid id, CancellationToken ct) =>
            await h.CandidatesAsync(id, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound())
            .WithSummary("Registered people who may be the announced person");
        reception.MapPost("/{id:guid}/register", async Task<Results<Ok<Reception.RegisterReturn.Result>, NotFound>> (AnnouncedArrivals h, Guid id, AnnouncedArrivals.RegisterInput input, CancellationToken ct) =>
            await h.RegisterAsync(id, input, ct) is { } r ? TypedResults.Ok(r) : TypedResults.NotFound())
            .WithSummary("Register the person from the pre-registration in one step; tells the sending country the person was received");

        app.MapGet("/api/v1/avr/notices", async (AnnouncedArrivals h, CancellationToken ct) => TypedResults.Ok(await h.NoticesAsync(ct)))
            .WithTags("Hand-off between instances").RequireAuthorization(Policies.ChildProtectionNotices)
            .WithSummary("Children announced to come back, for the child-protection authority to be at reception");

        var request = app.MapGroup("/api/v1/avr/requests/{id:guid}/handoff").WithTags("Hand-off between instances").RequireAuthorization(Policies.ReadAssistedReturns);
        request.MapGet("", async Task<Results<Ok<IReadOnlyList<RequestHandoffs.Sent>>, NotFound>> (RequestHandoffs h, Guid id, CancellationToken ct) =>
            await h.ListAsync(id, ct) is { } l ? TypedResults.Ok(l) : TypedResults.NotFound())
            .WithSummary("The messages sent to the country of return about the request, with their delivery status");
        request.MapPost("/deliver", async Task<Results<Ok<IReadOnlyList<RequestHandoffs.Sent>>, NotFound>> (RequestHandoffs h, Guid id, CancellationToken ct) =>
            await h.DeliverAsync(id, ct) is { } l ? TypedResults.Ok(l) : TypedResults.NotFound())
            .WithSummary("Try again to deliver the latest announcement");
        request.MapGet("/package", async Task<Results<FileContentHttpResult, NotFound>> (RequestHandoffs h, Guid id, CancellationToken ct) =>
            await h.PackageAsync(id, ct) is { } p ? TypedResults.File(p.Content, "application/json", p.FileName) : TypedResults.NotFound())
            .WithSummary("The latest announcement as a signed file, to import in the country of return when the link is down");
    }
}

/// <summary>The outbox of one request, for those who may arrange its travel: status, delivering again, the file.</summary>
public sealed class RequestHandoffs(AppDbContext db, AvrAccess access, HandoffOutbox outbox, AuditLog audit)
{
    public sealed record Sent(Guid Id, string Kind, string Country, HandoffStatus Status, int Attempts, DateTime CreatedAt, DateTime? LastAttemptAt, string? LastError);

    public sealed record Package(byte[] Content, string FileName);

    public async Task<IReadOnlyList<Sent>?> ListAsync(Guid id, CancellationToken ct)
    {
        if (await access.Visible().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is null)
        {
            return null;
        }
        return await db.HandoffMessages.AsNoTracking().Where(m => m.SubjectId == id && m.Direction == HandoffDirection.Outgoing)
            .OrderByDescending(m => m.CreatedAt)
            .Select(m => new Sent(m.Id, m.Kind, m.PeerCountry, m.Status, m.Attempts, m.CreatedAt, m.LastAttemptAt, m.LastError)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<Sent>?> DeliverAsync(Guid id, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        if (latest is null)
        {
            return null;
        }
        if (latest.Status == HandoffStatus.Delivered)
        {
            throw new DomainException("Handoff.AlreadyDelivered");
        }
        await outbox.DeliverAsync(latest, ct);
        return await ListAsync(id, ct);
    }

    public async Task<Package?> PackageAsync(Guid id, CancellationToken ct)
    {
        var latest = await LatestAsync(id, ct);
        if (latest?.Envelope is null)
        {
            return null;
        }
        audit.Add(HandoffApi.ExportedAction, nameof(AvrRequest), id.ToString(), null, latest.Id.ToString());
        await audit.SaveAsync(ct);
        return new Package(System.Text.Encoding.UTF8.GetBytes(latest.Envelope), $"{latest.Subject}-{latest.PeerCountry}.json");
    }

    /// <summary>The latest announcement of a request the user may arrange the travel of (others: not found).</summary>
    private async Task<HandoffMessage?> LatestAsync(Guid id, CancellationToken ct)
    {
        var r = await access.Visible().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null || !access.May(AvrStep.ArrangeTravel, r))
        {
            return null;
        }
        return await db.HandoffMessages.Where(m => m.SubjectId == id && m.Direction == HandoffDirection.Outgoing && m.Kind == HandoffPackage.Announce)
            .OrderByDescending(m => m.CreatedAt).FirstOrDefaultAsync(ct);
    }
}
