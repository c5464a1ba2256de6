using System.Linq.Expressions;

namespace PlaylistOrganizer.Core.Sync;

/// <summary>The sets of operation statuses the engine, the progress counts and the report reason about, each defined once.</summary>
public static class OperationStatuses
{
    /// <summary>Still to do: waiting to be sent, sent without a recorded answer, or sent with its answer lost.</summary>
    public static IReadOnlyList<OperationStatus> Open { get; } = [OperationStatus.Pending, OperationStatus.InFlight, OperationStatus.Unknown];

    public static bool IsOpen(OperationStatus status) => Open.Contains(status);

    /// <summary><see cref="Open"/> as a filter the database runs (a plain comparison per status, so every provider translates it).</summary>
    public static Expression<Func<SyncOperation, bool>> IsOpenRow { get; } = AnyOf(Open);

    private static Expression<Func<SyncOperation, bool>> AnyOf(IEnumerable<OperationStatus> statuses)
    {
        var row = Expression.Parameter(typeof(SyncOperation), "o");
        var status = Expression.Property(row, nameof(SyncOperation.Status));
        var body = statuses.Select(s => (Expression)Expression.Equal(status, Expression.Constant(s))).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<SyncOperation, bool>>(body, row);
    }
}
