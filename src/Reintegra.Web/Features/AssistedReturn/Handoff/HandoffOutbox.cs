using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.AssistedReturn.Handoff;

/// <summary>
/// Signs outgoing messages and keeps them in the outbox in the same transaction as the step that caused them; once that
/// is committed, delivers them to the peer's inbox. A message the peer could not take stays pending: it can be delivered
/// again, or downloaded as a file and imported on the other side when the link is down.
/// </summary>
public sealed class HandoffOutbox(AppDbContext db, InstanceKeys keys, InstanceCountry country, TimeProvider clock, IHttpClientFactory http, ILogger<HandoffOutbox> log)
{
    public const string ClientName = "handoff";

    public async Task<HandoffMessage> QueueAsync(string kind, string to, Guid subjectId, string subject, object body, CancellationToken ct)
    {
        var key = await keys.CurrentAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new HandoffPackage.Message(Guid.CreateVersion7(), kind, await country.GetAsync(ct), to, now,
            JsonSerializer.SerializeToElement(body, HandoffPackage.Json));
        var envelope = HandoffPackage.Sign(message, key.KeyId, Convert.FromBase64String(key.PrivateKey));
        var row = new HandoffMessage(message.Id, HandoffDirection.Outgoing, to, kind, subjectId, subject, envelope, now);
        db.HandoffMessages.Add(row);
        return row;
    }

    /// <summary>Tries to hand the message to the peer; records the outcome (never the content). Never throws for the peer's sake.</summary>
    public async Task DeliverAsync(HandoffMessage message, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var peer = await db.PeerInstances.AsNoTracking().FirstOrDefaultAsync(p => p.CountryCode == message.PeerCountry && p.IsActive, ct);
        if (peer?.BaseUrl is null)
        {
            message.Attempted(now, HandoffStatus.Pending, "NoPeerAddress");
            await db.SaveChangesAsync(ct);
            return;
        }
        HandoffStatus outcome;
        string? error = null;
        try
        {
            var client = http.CreateClient(ClientName);
            using var content = new StringContent(message.Envelope!, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri(new Uri(peer.BaseUrl + "/"), "api/v1/handoffs/inbox"), content, ct);
            var code = response.IsSuccessStatusCode ? null : await ProblemCodeAsync(response, ct);
            (outcome, error) = response.StatusCode switch
            {
                _ when response.IsSuccessStatusCode => (HandoffStatus.Delivered, null),
                // The peer already has it (a delivery whose answer was lost): delivered.
                HttpStatusCode.Conflict when code == "Handoff.Replay" => (HandoffStatus.Delivered, null),
                >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError => (HandoffStatus.Rejected, $"{(int)response.StatusCode} {code}".Trim()),
                _ => (HandoffStatus.Pending, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            };
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            (outcome, error) = (HandoffStatus.Pending, e.GetType().Name);
        }
        message.Attempted(now, outcome, error);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Hand-off message {MessageId} ({Kind}) to {Country}: {Outcome} {Error}", message.Id, message.Kind, message.PeerCountry, outcome, error);
    }

    private static async Task<string?> ProblemCodeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>(ct);
            return problem?.Extensions.TryGetValue("code", out var c) == true ? c?.ToString() : null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
