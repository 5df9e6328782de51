import Foundation

/// What the runner asks a merged program's fork server (`program --serve`) on its standard
/// input: run tutorial `tutorial` in a new child, reading nothing, writing into the two FIFOs.
/// `token` pairs the request with its ``ForkReply/started(token:pid:)``.
public struct ForkRequest: Codable, Sendable, Equatable {
    public var token: Int
    /// The tutorial's entry in the merged program (`program <tutorial>`).
    public var tutorial: String
    /// The run's nonce, for the child's ``HarnessChannel/nonceVariable``.
    public var nonce: String
    /// The child's working folder and ``HarnessChannel/figuresVariable``.
    public var figuresFolder: String
    /// The FIFOs the child's standard output and error are opened on.
    public var stdout: String
    public var stderr: String

    public init(token: Int, tutorial: String, nonce: String, figuresFolder: String, stdout: String, stderr: String) {
        self.token = token
        self.tutorial = tutorial
        self.nonce = nonce
        self.figuresFolder = figuresFolder
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// What a fork server answers on its standard output.
public enum ForkReply: Codable, Sendable, Equatable {
    /// The child for request `token` was forked (`pid` −1 when `fork` failed).
    case started(token: Int, pid: Int32)
    /// Child `pid` ended with wait status `status` (as `waitpid` gives it).
    case exited(pid: Int32, status: Int32)
}

/// One message per line each way: its JSON (which never holds a raw newline), then `\n`.
public enum ForkServerChannel {
    /// The bytes of `message`'s line.
    public static func line(_ message: some Encodable) -> [UInt8] {
        var bytes = Array((try? JSONEncoder().encode(message)) ?? Data("{}".utf8))
        bytes.append(10)
        return bytes
    }

    /// The message a line (without its newline) holds, or nil when it holds none.
    public static func decode<Message: Decodable>(_ type: Message.Type, from line: some Sequence<UInt8>) -> Message? {
        try? JSONDecoder().decode(type, from: Data(line))
    }
}
