using Reintegra.Web.Web;

namespace Reintegra.Web.Features.Programmes;

/// <summary>
/// Pages of this area that save through a handler. The handler validates everything itself, with localized messages;
/// the framework's own binding messages ("The value '' is invalid.") are English-only and would repeat them, so they
/// are dropped before the handler runs.
/// </summary>
public abstract class CataloguePage : AppPageModel
{
    protected Task<bool> SaveAsync(Func<Task> action, string modelPrefix = "Input")
    {
        ModelState.Clear();
        return RunAsync(action, modelPrefix);
    }
}
