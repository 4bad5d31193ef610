#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system and process facts the program needs, through POSIX calls (the binary
/// carries no Foundation): environment variables, the current folder, paths joined and
/// standardized as text, whether a path is there and is a folder, a folder's names, and making
/// folders.
public enum FileSystem {
    /// The value of an environment variable; nil when it is not set.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The current folder; "/" when it cannot be read (it was removed).
    public static func currentFolder() -> String {
        guard let path = getcwd(nil, 0) else { return "/" }
        defer { free(path) }
        return String(cString: path)
    }

    /// `name` inside `folder`, with one slash between them.
    public static func join(_ folder: String, _ name: String) -> String {
        guard !folder.isEmpty else { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder and the last name of a path: "/a/b" is ("/a", "b"), "b" is (".", "b").
    public static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    /// An absolute path without empty or "." parts, with each ".." taking away the part before
    /// it, and no slash at the end: "/a//b/./c/../d/" is "/a/b/d". Done on the text alone, as
    /// `NSString.standardizingPath` does for a path whose parts are not symbolic links.
    public static func standardized(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether something is at `path` (a symbolic link is followed).
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    /// Whether `path` is a folder (a symbolic link is followed).
    public static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The names in a folder, without "." and ".."; nil when it cannot be read.
    public static func names(inFolder folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Makes `folder` and the folders above it that are missing (as `mkdir -p`).
    public static func makeFolders(_ folder: String) throws(JSONFileError) {
        if isFolder(folder) { return }
        let parent = split(folder).folder
        if parent != folder && parent != "." { try makeFolders(parent) }
        guard mkdir(folder, 0o777) == 0 || errno == EEXIST && isFolder(folder) else {
            throw .system(folder, "cannot make the folder \(folder)")
        }
    }
}
