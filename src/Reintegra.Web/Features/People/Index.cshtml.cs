using Microsoft.AspNetCore.Authorization;
using Reintegra.Web.Domain;
using Reintegra.Web.Web;

namespace Reintegra.Web.Features.People;

[Authorize(Policy = Policies.ReadPeople)]
public sealed class IndexModel(SearchPeople search) : AppPageModel
{
    public string? Q { get; private set; }

    public string? Document { get; private set; }

    public string? PCode { get; private set; }

    public SearchPeople.Result? Result { get; private set; }

    public async Task OnGetAsync(string? q, string? document, string? pcode, int? page, CancellationToken ct)
    {
        (Q, Document, PCode) = (q, document, pcode);
        if (!string.IsNullOrWhiteSpace(q) || !string.IsNullOrWhiteSpace(document) || !string.IsNullOrWhiteSpace(pcode))
        {
            Result = await search.SearchAsync(new SearchPeople.Query(q?[..Math.Min(q.Length, 200)], document?[..Math.Min(document.Length, 40)], pcode?[..Math.Min(pcode.Length, 10)], page), ct);
        }
    }
}
