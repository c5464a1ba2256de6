namespace PlaylistOrganizer.Core.Tests.Sync;

/// <summary>Theory rows pairing every transition of a table with every status of its enum, refused ones included.</summary>
internal static class TransitionTable
{
    public static TheoryData<TCase, TStatus> FromEveryStatus<TCase, TStatus>(IEnumerable<TCase> transitions) where TStatus : struct, Enum
    {
        var data = new TheoryData<TCase, TStatus>();
        foreach (var transition in transitions)
        {
            foreach (var status in Enum.GetValues<TStatus>()) data.Add(transition, status);
        }
        return data;
    }
}
