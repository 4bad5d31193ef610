/// What the server says to a client on its channel, in Bahasa Indonesia and then English (it
/// does not know the client's language before the dashboard starts), each line ending in CR LF
/// for a terminal in raw mode.
enum SessionMessages {
    static func lines(_ indonesian: String, _ english: String) -> String {
        "mppdash serve: \(indonesian)\r\nmppdash serve: \(english)\r\n"
    }

    static func full(maximum: Int) -> String {
        lines("server penuh (batas \(maximum) sesi); coba lagi nanti.",
              "the server is full (limit: \(maximum) sessions); please try again later.")
    }

    static let needsTerminal = lines("dasbor memerlukan terminal; sambungkan dengan ssh -t.",
                                     "the dashboard needs a terminal; connect with ssh -t.")

    static let noCommands = lines("perintah tidak dijalankan di sini; sambungkan tanpa perintah (ssh -t HOST) untuk membuka dasbor.",
                                  "commands are not run here; connect without one (ssh -t HOST) to open the dashboard.")

    static let noSubsystems = lines("subsistem (sftp dan lainnya) tidak tersedia.",
                                    "subsystems (sftp and others) are not available.")

    static let oneSession = lines("satu sesi per sambungan.", "one session per connection.")

    static func idle(_ timeout: String) -> String {
        lines("sesi ditutup: tidak ada masukan selama \(timeout).", "session closed: no input for \(timeout).")
    }

    static let stopping = lines("server dihentikan; sesi ditutup.", "the server is stopping; session closed.")

    static let cannotStart = lines("dasbor tidak dapat dijalankan; lihat log server.",
                                   "the dashboard could not be started; see the server's log.")
}
