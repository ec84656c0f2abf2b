using Dudao.Core.Errors;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Ui.Forms;

/// <summary>What a page shows when a handler refuses: messages by field, and a summary line listing them all, in Chinese.</summary>
public sealed record ErrorResult(IDictionary<string, string[]> Fields, string Summary)
{
    /// <summary>The messages alone, for a page whose filter (not a save) was refused.</summary>
    public string Reason => Fields.Count == 0 ? Summary : string.Join("；", Fields.SelectMany(f => f.Value));

    public static async Task<ErrorResult?> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (ValidationFailedException e)
        {
            return new(e.Errors, "保存失败：" + string.Join("；", e.Errors.SelectMany(f => f.Value)));
        }
        catch (DomainException e)
        {
            return new(new Dictionary<string, string[]>(), e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(new Dictionary<string, string[]>(), "该记录已被其他人修改，请刷新页面后重试");
        }
    }
}
