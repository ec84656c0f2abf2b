using Dudao.Core.Errors;

namespace Dudao.Modules.Organization.Import;

/// <summary>What an import page shows: the counts, every refused row, or why the file was not read.</summary>
public sealed record ImportOutcome(ImportResult? Result, IReadOnlyList<RowError> RowErrors, string? Error)
{
    public static async Task<ImportOutcome> TryAsync(Func<Task<ImportResult>> import)
    {
        try
        {
            return new(await import(), [], null);
        }
        catch (ImportRejectedException e)
        {
            return new(null, e.RowErrors, e.Message);
        }
        catch (ValidationFailedException e)
        {
            return new(null, [], e.Errors.Values.SelectMany(m => m).FirstOrDefault() ?? e.Message);
        }
        catch (DomainException e)
        {
            return new(null, [], e.Message);
        }
    }
}
