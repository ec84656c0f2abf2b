using Dudao.Core.Errors;

namespace Dudao.Modules.Organization.Import;

/// <summary>What an import page shows: the counts, the refused rows and how many errors there were, or why the file was not read.</summary>
public sealed record ImportOutcome(ImportResult? Result, IReadOnlyList<RowError> RowErrors, int ErrorCount, string? Error)
{
    public static async Task<ImportOutcome> TryAsync(Func<Task<ImportResult>> import)
    {
        try
        {
            return new(await import(), [], 0, null);
        }
        catch (ImportRejectedException e)
        {
            return new(null, e.RowErrors, e.Total, e.Message);
        }
        catch (ValidationFailedException e)
        {
            return new(null, [], 0, e.Errors.Values.SelectMany(m => m).FirstOrDefault() ?? e.Message);
        }
        catch (DomainException e)
        {
            return new(null, [], 0, e.Message);
        }
    }
}
