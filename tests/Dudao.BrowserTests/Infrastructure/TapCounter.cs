using Microsoft.Playwright;

namespace Dudao.BrowserTests.Infrastructure;

/// <summary>
/// Counts what a person does on a page, as the browser sees it, across navigations: a tap is a trusted
/// pointer press (a click, a check, a link) or a pick from a list; a typed field is each field that
/// received text. Focusing a field to type is part of typing it, not a tap.
/// </summary>
public sealed class TapCounter
{
    private const string Listener = """
        addEventListener("pointerdown", e => { if (e.isTrusted) window.__dudaoCount("tap:"); }, true);
        addEventListener("change", e => { if (e.target.tagName === "SELECT") window.__dudaoCount("tap:" + e.target.name); }, true);
        addEventListener("input", e => {
          const t = e.target;
          if (t.tagName === "TEXTAREA" || (t.tagName === "INPUT" && !["checkbox", "radio", "file"].includes(t.type))) window.__dudaoCount("type:" + (t.name || t.id));
        }, true);
        """;

    private readonly Lock _lock = new();
    private readonly HashSet<string> _typed = [];
    private int _taps;
    private bool _counting;

    public int Taps { get { lock (_lock) return _taps; } }

    public int TypedFields { get { lock (_lock) return _typed.Count; } }

    public static async Task<TapCounter> AttachAsync(IPage page)
    {
        var counter = new TapCounter();
        await page.ExposeFunctionAsync("__dudaoCount", (string what) => counter.Count(what));
        await page.AddInitScriptAsync(Listener);
        return counter;
    }

    /// <summary>Counts from now on (after the login, say).</summary>
    public void Start()
    {
        lock (_lock) _counting = true;
    }

    /// <summary>"tap:…" or "type:field".</summary>
    private void Count(string what)
    {
        lock (_lock)
        {
            if (!_counting) return;
            if (what.StartsWith("tap:", StringComparison.Ordinal)) _taps++;
            else _typed.Add(what);
        }
    }
}
