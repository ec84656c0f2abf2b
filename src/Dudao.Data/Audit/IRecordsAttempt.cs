namespace Dudao.Data.Audit;

/// <summary>
/// A row that records that something was attempted (a log entry, a failed-login counter), saved even
/// when the attempt's own input is refused: refusing it would leave the attempt unrecorded.
/// </summary>
public interface IRecordsAttempt;
