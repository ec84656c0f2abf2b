using Dudao.Core.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Ui.Forms;

/// <summary>The one way a page runs what a form or filter asks of a feature's service.</summary>
public static class PageActions
{
    /// <summary>
    /// Runs <paramref name="action"/> with the request's cancellation token. When the service refuses,
    /// the page answers with the status the API would (400 refused input, 409 a stale edit, or the
    /// refusal's own, such as 404 or 409) and the returned result says what to show; null when it went through.
    /// </summary>
    public static async Task<ErrorResult?> TryAsync(this HttpContext http, Func<CancellationToken, Task> action)
    {
        try
        {
            await action(http.RequestAborted);
            return null;
        }
        catch (ValidationFailedException e)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return new(e.Errors, "保存失败：" + string.Join("；", e.Errors.SelectMany(f => f.Value)));
        }
        catch (DomainException e)
        {
            http.Response.StatusCode = e.Status;
            return new(new Dictionary<string, string[]>(), e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            http.Response.StatusCode = StatusCodes.Status409Conflict;
            return new(new Dictionary<string, string[]>(), "该记录已被其他人修改，请刷新页面后重试");
        }
    }
}
