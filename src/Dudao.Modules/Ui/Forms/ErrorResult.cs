using Dudao.Core.Errors;
using Microsoft.EntityFrameworkCore;

namespace Dudao.Modules.Ui.Forms;

/// <summary>What a page shows when a handler refuses: messages by field, and a summary line listing them all, in Chinese.</summary>
public sealed record ErrorResult(IDictionary<string, string[]> Fields, string Summary)
{
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
