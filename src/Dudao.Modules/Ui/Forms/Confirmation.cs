using Dudao.Core.Errors;
using Microsoft.AspNetCore.Http;

namespace Dudao.Modules.Ui.Forms;

/// <summary>The page side of a confirmed step: the posted form must carry the ticked <see cref="FieldName"/> box of a <c>ConfirmField</c>.</summary>
public static class Confirmation
{
    public const string FieldName = "confirmed";

    /// <summary>
    /// Like <see cref="PageActions.TryAsync"/>, but refuses (400, a message under <see cref="FieldName"/>) a post
    /// whose confirmation box was not ticked, before the service is called. The API needs no such box: a client
    /// that posts the step has decided.
    /// </summary>
    public static Task<ErrorResult?> TryConfirmedAsync(this HttpContext http, Func<CancellationToken, Task> action) =>
        http.TryAsync(ct => http.Request.HasFormContentType && http.Request.Form[FieldName] == "true"
            ? action(ct)
            : throw ValidationFailedException.For(FieldName, "请勾选确认后再提交：此操作提交后不能撤销"));
}
