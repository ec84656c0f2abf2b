using Dudao.Core.Errors;
using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Ui.Layout;

/// <summary>Loading the record a page is about.</summary>
public static class PageRecords
{
    /// <summary>
    /// The record, or null with the response set to 404 when it does not exist or lies outside the
    /// caller's scope (both look the same, so nothing leaks about other units' records).
    /// </summary>
    public static async Task<T?> LoadOrNotFoundAsync<T>(this HttpContext http, Func<CancellationToken, Task<T>> load) where T : class
    {
        try
        {
            return await load(http.RequestAborted);
        }
        catch (DomainException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return null;
        }
    }
}
