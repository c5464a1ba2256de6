using PlaylistOrganizer.Core.Persistence;

namespace PlaylistOrganizer.Core.Quota;

/// <summary>
/// Books a charge to whatever the call was made for (a sync's journal row, a sync's own reads), inside the ledger's
/// transaction: the ledger's row and the booking are written together or not at all, so no stop, however abrupt, can
/// leave the two counts apart.
/// </summary>
public interface IQuotaBooking
{
    /// <param name="units">Units to add; negative when the answer showed the request cost less than charged when sent.</param>
    Task BookAsync(OrganizerDbContext db, int units, CancellationToken ct);
}

/// <summary>
/// Who the YouTube calls of the current async flow are for. Set around a call (<c>using (QuotaAttribution.To(...))</c>);
/// the ledger reads it when the call is charged. Ambient like <see cref="System.Diagnostics.Activity.Current"/>,
/// because the gateway's methods are YouTube's and carry no bookkeeping arguments.
/// </summary>
public static class QuotaAttribution
{
    private static readonly AsyncLocal<IQuotaBooking?> Current = new();

    /// <summary>The booking of the calls made now, or null for calls nobody books (imports, connection checks).</summary>
    public static IQuotaBooking? Booking => Current.Value;

    public static IDisposable To(IQuotaBooking booking)
    {
        var outer = Current.Value;
        Current.Value = booking;
        return new Scope(outer);
    }

    private sealed class Scope(IQuotaBooking? outer) : IDisposable
    {
        public void Dispose() => Current.Value = outer;
    }
}
