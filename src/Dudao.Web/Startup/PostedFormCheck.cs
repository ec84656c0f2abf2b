using Dudao.Core.Errors;
using Dudao.Core.Text;
using Dudao.Data.Audit;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dudao.Web.Startup;

/// <summary>
/// Refuses, at the request's first save, the posted form fields that hold characters XML cannot
/// carry. A page binds its form itself and shows only what its handler throws; every handler ends
/// in a save, so checking there gives each page its field message without a rule in each of them,
/// and a request that posted such text writes nothing. Only a form the endpoint has already read is
/// checked; JSON bodies are checked as they are read (<see cref="XmlSafeStringConverter"/>). A save
/// that only records an attempt (<see cref="IRecordsAttempt"/>: a sign-in's log row and failure
/// counter) goes through.
/// </summary>
internal sealed class PostedFormCheck(IHttpContextAccessor accessor) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Check(DbContext? context)
    {
        if (accessor.HttpContext is not { } http || http.Features.Get<IFormFeature>()?.Form is not { } form) return;
        var api = http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        var errors = new ValidationErrors();
        foreach (var (name, values) in form)
            errors.AddIf(api ? name : PageField(name), values.Select(XmlChars.Check).FirstOrDefault(p => p is not null));
        if (!errors.Any || context is null || OnlyAttemptRecords(context)) return;
        errors.ThrowIfAny();
    }

    private static bool OnlyAttemptRecords(DbContext context) =>
        context.ChangeTracker.Entries().All(e => e.State == EntityState.Unchanged || e.Entity is IRecordsAttempt);

    /// <summary>"Input.ReporterName" → "reporterName": pages name inputs after their form model and key messages by the field.</summary>
    private static string PageField(string name)
    {
        var last = name[(name.LastIndexOf('.') + 1)..];
        return last.Length == 0 ? name : char.ToLowerInvariant(last[0]) + last[1..];
    }
}
