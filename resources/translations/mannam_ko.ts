<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>알 수 없는 옵션 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>알 수 없는 명령 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <source>Open the demo event.</source>
        <translation>데모 행사를 엽니다.</translation>
    </message>
    <message>
        <source>Open the registration desk.</source>
        <translation>등록 데스크를 엽니다.</translation>
    </message>
    <message>
        <source>Event file (.mannam).</source>
        <translation>행사 파일(.mannam).</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>행사를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Open the bingo kiosk (full screen).</source>
        <translation>빙고 키오스크를 전체 화면으로 엽니다.</translation>
    </message>
    <message>
        <source>Open the bingo big screen for a projector.</source>
        <translation>프로젝터용 빙고 대형 화면을 엽니다.</translation>
    </message>
    <message>
        <source>Run the desk or the kiosk on a video file instead of a camera.</source>
        <translation>카메라 대신 동영상 파일로 데스크나 키오스크를 실행합니다.</translation>
    </message>
</context>
<context>
    <name>mannam</name>
    <message>
        <source>decode: give at least one image file.</source>
        <translation>decode: 이미지 파일을 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>Cannot read the image “%1”: %2</source>
        <translation>이미지 “%1”을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: no code</source>
        <translation>%1: 코드 없음</translation>
    </message>
    <message>
        <source>Missing built-in schema file %1.</source>
        <translation>내장 스키마 파일 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::AttendeeImporter</name>
    <message>
        <source>line %1: only the first %2 keywords are kept</source>
        <translation>%1행: 키워드는 처음 %2개만 저장합니다</translation>
    </message>
    <message>
        <source>line %1: consent &apos;%2&apos; is not yes or no; taken as no</source>
        <translation>%1행: 동의 값 &apos;%2&apos;은(는) 예/아니요가 아니므로 미동의로 처리합니다</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; does not look like an email address</source>
        <translation>%1행: &apos;%2&apos;은(는) 이메일 주소가 아닌 것 같습니다</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos; in --map. Fields: %2</source>
        <translation>--map에 알 수 없는 필드 &apos;%1&apos;이(가) 있습니다. 필드: %2</translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;. Columns: %2</source>
        <translation>파일에 &apos;%1&apos; 열이 없습니다. 열: %2</translation>
    </message>
    <message>
        <source>No column holds the attendees&apos; names. Name it with --map &quot;Column=name&quot;. Columns: %1</source>
        <translation>참가자 이름이 들어 있는 열이 없습니다. --map &quot;열이름=name&quot;으로 지정하세요. 열: %1</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3: a comma inside an unquoted field?</source>
        <translation>%1행의 필드는 %2개인데 머리글 행의 필드는 %3개입니다. 따옴표로 묶지 않은 필드 안에 쉼표가 있지 않나요?</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>the same person as line %1</source>
        <translation>%1행과 같은 사람</translation>
    </message>
    <message>
        <source>code %1 already belongs to %2</source>
        <translation>코드 %1은(는) 이미 %2 님에게 배정됨</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>인코딩: %1</translation>
    </message>
    <message>
        <source>%1 → (ignored)</source>
        <translation>%1 → (무시)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>열: %1</translation>
    </message>
    <message>
        <source>Would add %1, update %2, leave %3 unchanged, skip %4.</source>
        <translation>예상 결과: 추가 %1명, 업데이트 %2명, 변경 없음 %3명, 건너뜀 %4명.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>추가 %1명, 업데이트 %2명, 변경 없음 %3명, 건너뜀 %4명.</translation>
    </message>
    <message>
        <source>line %1: add %2</source>
        <translation>%1행: %2 추가</translation>
    </message>
    <message>
        <source>line %1: update %2 (%3)</source>
        <translation>%1행: %2 업데이트 (%3)</translation>
    </message>
    <message>
        <source>line %1: unchanged %2</source>
        <translation>%1행: %2 변경 없음</translation>
    </message>
    <message>
        <source>line %1: skip %2 — %3</source>
        <translation>%1행: %2 건너뜀 — %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
</context>
<context>
    <name>mannam::BadgePrinter</name>
    <message>
        <source>%1 has no badge code, so no badge can be printed.</source>
        <translation>%1 님은 배지 코드가 없어 배지를 인쇄할 수 없습니다.</translation>
    </message>
    <message>
        <source>No printer is set up for badges.</source>
        <translation>배지용 프린터가 설정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The badge printer &quot;%1&quot; is not available.</source>
        <translation>배지 프린터 &quot;%1&quot;을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The badge could not be printed: %1</source>
        <translation>배지를 인쇄하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Badge · %1</source>
        <translation>배지 · %1</translation>
    </message>
    <message>
        <source>The badge could not be sent to %1.</source>
        <translation>배지를 %1(으)로 보내지 못했습니다.</translation>
    </message>
    <message>
        <source>The badge was printed but the print could not be recorded: %1</source>
        <translation>배지는 인쇄했지만 인쇄 기록을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the badge could not be drawn.</source>
        <translation>배지를 그리지 못했습니다.</translation>
    </message>
    <message>
        <source>Badge printer</source>
        <translation>배지 프린터</translation>
    </message>
</context>
<context>
    <name>mannam::BigScreenWindow</name>
    <message>
        <source>Networking bingo</source>
        <translation>네트워킹 빙고</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>만남</translation>
    </message>
    <message>
        <source>Met someone / checked in</source>
        <translation>만난 사람 / 체크인</translation>
    </message>
    <message>
        <source>Bingos</source>
        <translation>빙고</translation>
    </message>
    <message>
        <source>Latest bingos</source>
        <translation>최근 빙고</translation>
    </message>
    <message>
        <source>First winners</source>
        <translation>먼저 빙고한 사람</translation>
    </message>
    <message>
        <source>Most connected</source>
        <translation>가장 많이 만난 사람</translation>
    </message>
    <message>
        <source>No bingo yet</source>
        <translation>아직 빙고가 없어요</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>아직 만남이 없어요</translation>
    </message>
    <message>
        <source>Just met someone? Scan both your badges at the kiosk.</source>
        <translation>방금 누군가를 만났나요? 키오스크에서 두 사람의 배지를 스캔하세요.</translation>
    </message>
    <message>
        <source>Cannot read the event file: %1</source>
        <translation>행사 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 — Big Screen</source>
        <translation>%1 — 대형 화면</translation>
    </message>
</context>
<context>
    <name>mannam::BingoService</name>
    <message>
        <source>The card size must be 3, 4 or 5.</source>
        <translation>카드 크기는 3, 4, 5 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>Lines to win must be between 1 and %1 on a %2×%2 card.</source>
        <translation>%2×%2 카드에서 빙고 줄 수는 1에서 %1 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Every keyword needs a Korean or an English label.</source>
        <translation>모든 키워드에는 한국어나 영어 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The keyword “%1” appears twice in the pool.</source>
        <translation>키워드 “%1”이(가) 목록에 두 번 있습니다.</translation>
    </message>
    <message>
        <source>A %1×%1 card needs %2 keywords; the pool has %3. Add keywords or choose a smaller card.</source>
        <translation>%1×%1 카드에는 키워드가 %2개 필요한데 목록에는 %3개뿐입니다. 키워드를 더 넣거나 더 작은 카드를 고르세요.</translation>
    </message>
    <message>
        <source>The bingo is not set up yet: a %1×%1 card needs %2 keywords and the pool has %3. Please tell the organizers.</source>
        <translation>빙고가 아직 준비되지 않았습니다. %1×%1 카드에는 키워드가 %2개 필요한데 목록에는 %3개뿐입니다. 운영진에게 알려 주세요.</translation>
    </message>
    <message>
        <source>The registration of %1 is cancelled. Please ask at the desk.</source>
        <translation>%1 님의 등록은 취소되었습니다. 등록 데스크에 문의해 주세요.</translation>
    </message>
    <message>
        <source>This code was not read correctly. Please scan it again.</source>
        <translation>코드를 제대로 읽지 못했습니다. 다시 스캔해 주세요.</translation>
    </message>
    <message>
        <source>This badge is from another event.</source>
        <translation>다른 행사의 배지입니다.</translation>
    </message>
    <message>
        <source>This code is not registered for this event.</source>
        <translation>이 행사에 등록되지 않은 코드입니다.</translation>
    </message>
    <message>
        <source>The bingo is open from %1 to %2.</source>
        <translation>빙고는 %1부터 %2까지 운영합니다.</translation>
    </message>
    <message>
        <source>%1 has not checked in at the door yet.</source>
        <translation>%1님은 아직 입구에서 체크인하지 않았습니다.</translation>
    </message>
    <message>
        <source>That is the same person twice. Scan the badge of the person you met.</source>
        <translation>같은 사람의 배지를 두 번 스캔했습니다. 만난 분의 배지를 스캔해 주세요.</translation>
    </message>
    <message>
        <source>You two already met at %1.</source>
        <translation>두 분은 %1에 이미 만났습니다.</translation>
    </message>
    <message>
        <source>%1 has not completed a bingo yet.</source>
        <translation>%1 님은 아직 빙고를 완성하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 already collected the prize at %2 (%3).</source>
        <translation>%1 님은 이미 %2에 상품을 받았습니다 (%3).</translation>
    </message>
    <message>
        <source>The kiosk cannot open and close at the same time (%1).</source>
        <translation>키오스크의 여는 시각과 닫는 시각이 같을 수 없습니다 (%1).</translation>
    </message>
    <message>
        <source>Meetings are already recorded (%1), so the cards, their size and the keyword pool can no longer change. Lines to win, the check-in rule and the kiosk hours still can.</source>
        <translation>이미 만남이 기록되어(%1건) 카드, 카드 크기, 키워드 목록은 더 이상 바꿀 수 없습니다. 빙고 줄 수, 체크인 규칙, 키오스크 운영 시간은 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::CameraPreview</name>
    <message>
        <source>No camera</source>
        <translation>카메라 없음</translation>
    </message>
</context>
<context>
    <name>mannam::CameraSource</name>
    <message>
        <source>No camera was found. Connect a camera, or scan tickets with a USB scanner.</source>
        <translation>카메라를 찾을 수 없습니다. 카메라를 연결하거나 USB 스캐너로 티켓을 스캔하세요.</translation>
    </message>
    <message>
        <source>The camera “%1” cannot be used (%2). Is another program using it?</source>
        <translation>카메라 “%1”을(를) 사용할 수 없습니다(%2). 다른 프로그램에서 사용 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>The camera “%1” was disconnected.</source>
        <translation>카메라 “%1”의 연결이 끊겼습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::CheckInService</name>
    <message>
        <source>Admitted</source>
        <translation>입장 완료</translation>
    </message>
    <message>
        <source>Re-entered</source>
        <translation>재입장</translation>
    </message>
    <message>
        <source>Already inside</source>
        <translation>이미 입장함</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>퇴장 완료</translation>
    </message>
    <message>
        <source>Already outside</source>
        <translation>이미 퇴장함</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>체크인 안 함</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>되돌림</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>알 수 없는 코드</translation>
    </message>
    <message>
        <source>Invalid code</source>
        <translation>잘못된 코드</translation>
    </message>
    <message>
        <source>Another event</source>
        <translation>다른 행사</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>등록 취소</translation>
    </message>
    <message>
        <source>Badge, not ticket</source>
        <translation>티켓이 아닌 배지</translation>
    </message>
    <message>
        <source>This code is not registered for this event.</source>
        <translation>이 행사에 등록되지 않은 코드입니다.</translation>
    </message>
    <message>
        <source>Not a valid code: the check digit is wrong (misread or mistyped).</source>
        <translation>유효하지 않은 코드입니다. 검증 숫자가 맞지 않습니다(잘못 읽었거나 잘못 입력함).</translation>
    </message>
    <message>
        <source>This ticket is for another event.</source>
        <translation>다른 행사의 티켓입니다.</translation>
    </message>
    <message>
        <source>This registration was cancelled.</source>
        <translation>등록이 취소되었습니다.</translation>
    </message>
    <message>
        <source>This is a badge code; the ticket code admits at the door.</source>
        <translation>배지 코드입니다. 입구에서는 티켓 코드로 입장합니다.</translation>
    </message>
    <message>
        <source>This person has not checked in.</source>
        <translation>이 참가자는 체크인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Admitted: %1</source>
        <translation>입장 완료: %1</translation>
    </message>
    <message>
        <source>Welcome back: %1</source>
        <translation>다시 오신 것을 환영합니다: %1</translation>
    </message>
    <message>
        <source>Already checked in: %1 at %2 at %3</source>
        <translation>이미 체크인했습니다: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Exit recorded: %1</source>
        <translation>퇴장 기록: %1</translation>
    </message>
    <message>
        <source>Already left: %1 at %2 at %3</source>
        <translation>이미 퇴장했습니다: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>되돌림: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>거부: %1</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>거부: %1 — %2</translation>
    </message>
</context>
<context>
    <name>mannam::CommandLine</name>
    <message>
        <source>decode: give one or more image files.</source>
        <translation>decode: 이미지 파일을 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>알 수 없는 명령 &apos;%1&apos;입니다.</translation>
    </message>
    <message>
        <source>Event name.</source>
        <translation>행사 이름.</translation>
    </message>
    <message>
        <source>Venue.</source>
        <translation>장소.</translation>
    </message>
    <message>
        <source>Start (ISO 8601).</source>
        <translation>시작 일시(ISO 8601).</translation>
    </message>
    <message>
        <source>End (ISO 8601).</source>
        <translation>종료 일시(ISO 8601).</translation>
    </message>
    <message>
        <source>A desk name (repeatable).</source>
        <translation>데스크 이름(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>new: give one event file name.</source>
        <translation>new: 행사 파일 이름을 하나 지정하세요.</translation>
    </message>
    <message>
        <source>new: --name is required.</source>
        <translation>new: --name은 필수입니다.</translation>
    </message>
    <message>
        <source>new: &apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-11-28T14:00+09:00).</source>
        <translation>new: &apos;%1&apos;은(는) ISO 8601 날짜와 시간이 아닙니다(예: 2026-11-28T14:00+09:00).</translation>
    </message>
    <message>
        <source>new: the event ends before it starts.</source>
        <translation>new: 행사 종료 시각이 시작 시각보다 이릅니다.</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>%1을(를) 만들었습니다 (%2).</translation>
    </message>
    <message>
        <source>auto, utf-8 or cp949.</source>
        <translation>auto, utf-8 또는 cp949.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD (repeatable).</source>
        <translation>COLUMN=FIELD(여러 번 지정 가능).</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>바뀔 내용만 보여 주고 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>import: give the event file and the CSV file.</source>
        <translation>import: 행사 파일과 CSV 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>import: unknown encoding &apos;%1&apos; (use auto, utf-8 or cp949).</source>
        <translation>import: 알 수 없는 인코딩 &apos;%1&apos;입니다(auto, utf-8, cp949 중 하나를 쓰세요).</translation>
    </message>
    <message>
        <source>import: --map takes COLUMN=FIELD, not &apos;%1&apos;.</source>
        <translation>import: --map에는 COLUMN=FIELD 형식을 써야 합니다(&apos;%1&apos;은(는) 쓸 수 없음).</translation>
    </message>
    <message>
        <source>import: unknown field &apos;%1&apos; in --map. Fields: %2</source>
        <translation>import: --map에 알 수 없는 필드 &apos;%1&apos;이(가) 있습니다. 필드: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: nothing imported. %2</source>
        <translation>%1: 아무것도 가져오지 않았습니다. %2</translation>
    </message>
    <message>
        <source>One row per attendee.</source>
        <translation>참가자 한 명당 한 행.</translation>
    </message>
    <message>
        <source>One row per check-in log entry.</source>
        <translation>체크인 기록 항목 하나당 한 행.</translation>
    </message>
    <message>
        <source>export: give the event file and the output CSV file.</source>
        <translation>export: 행사 파일과 출력할 CSV 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>export: the output file would replace the event file itself.</source>
        <translation>export: 출력 파일이 행사 파일 자체를 덮어쓰게 됩니다.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 파일을 저장했습니다</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>출력 폴더.</translation>
    </message>
    <message>
        <source>tickets: give the event file and --out DIR.</source>
        <translation>tickets: 행사 파일과 --out DIR을 지정하세요.</translation>
    </message>
    <message>
        <source>Nobody is registered (or everyone cancelled): no tickets to write.</source>
        <translation>등록된 사람이 없어(또는 모두 취소하여) 만들 티켓이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n ticket(s): %1, %2 and %3</source>
        <translation>
            <numerusform>티켓 %n장을 저장했습니다: %1, %2, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n cancelled registration(s).</source>
        <translation>
            <numerusform>취소된 등록 %n건을 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk name.</source>
        <translation>데스크 이름.</translation>
    </message>
    <message>
        <source>Record an exit instead of an entry.</source>
        <translation>입장 대신 퇴장을 기록합니다.</translation>
    </message>
    <message>
        <source>checkin: give the event file and the code.</source>
        <translation>checkin: 행사 파일과 코드를 지정하세요.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>stats: give the event file.</source>
        <translation>stats: 행사 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>Event:         %1</source>
        <translation>행사:            %1</translation>
    </message>
    <message>
        <source>Registered:    %1</source>
        <translation>등록:            %1</translation>
    </message>
    <message>
        <source>Cancelled:     %1</source>
        <translation>취소:            %1</translation>
    </message>
    <message>
        <source>Checked in:    %1</source>
        <translation>체크인 완료:     %1</translation>
    </message>
    <message>
        <source>Inside now:    %1</source>
        <translation>현재 입장 인원:  %1</translation>
    </message>
    <message>
        <source>Scans:         %1</source>
        <translation>스캔:            %1</translation>
    </message>
    <message>
        <source>Meetings:      %1</source>
        <translation>만남:            %1</translation>
    </message>
    <message>
        <source>Bingo winners: %1</source>
        <translation>빙고 당첨자:     %1</translation>
    </message>
    <message>
        <source>Usage:
  mannam [EVENT]                                    open the app on an event file
  mannam --demo                                     open the app on the demo event
  mannam new EVENT --name NAME [--venue V] [--starts ISO] [--ends ISO] [--desk NAME]...
  mannam import EVENT CSV [--encoding auto|utf-8|cp949] [--map COLUMN=FIELD]... [--dry-run]
  mannam export EVENT (--attendance|--scans|--meetings|--winners) OUT.csv
  mannam tickets EVENT --out DIR
  mannam checkin EVENT CODE [--desk NAME] [--exit]
  mannam stats EVENT [--json]
  mannam bingo EVENT [--size 0|3|4|5] [--lines N] [--free-centre on|off] [--keywords FILE.csv]
               [--needs-checkin on|off] [--kiosk-hours HH:MM-HH:MM|always]
               [--big-screen-names full|first] [--pin DIGITS]
                                                    set the networking bingo (no options: show it)
  mannam meet EVENT CODE_A CODE_B [--kiosk NAME]    record that two people met (bingo)
  mannam prize EVENT CODE [--by NAME]               record a bingo prize handed over
  mannam decode IMAGE...                            print the code in each image (or &quot;no code&quot;)
  mannam EVENT --desk | --video FILE                open the registration desk (camera or video)
  mannam EVENT --kiosk [--video FILE]               open the bingo kiosk, full screen (organizer PIN leaves)
  mannam EVENT --big-screen                         open the bingo big screen for a projector
  mannam --version | --help

Exit codes: 0 done (checkin: admitted), 1 already checked in, 2 refused (checkin, meet,
prize, bingo rules), 3 bad arguments, 4 event file error, 5 input file error, 6 output error.
</source>
        <translation>사용법:
  mannam [EVENT]                                    행사 파일로 앱 열기
  mannam --demo                                     데모 행사로 앱 열기
  mannam new EVENT --name NAME [--venue V] [--starts ISO] [--ends ISO] [--desk NAME]...
  mannam import EVENT CSV [--encoding auto|utf-8|cp949] [--map COLUMN=FIELD]... [--dry-run]
  mannam export EVENT (--attendance|--scans|--meetings|--winners) OUT.csv
  mannam tickets EVENT --out DIR
  mannam checkin EVENT CODE [--desk NAME] [--exit]
  mannam stats EVENT [--json]
  mannam bingo EVENT [--size 0|3|4|5] [--lines N] [--free-centre on|off] [--keywords FILE.csv]
               [--needs-checkin on|off] [--kiosk-hours HH:MM-HH:MM|always]
               [--big-screen-names full|first] [--pin DIGITS]
                                                    네트워킹 빙고 설정(옵션 없이: 현재 설정 보기)
  mannam meet EVENT CODE_A CODE_B [--kiosk NAME]    두 사람의 만남 기록(빙고)
  mannam prize EVENT CODE [--by NAME]               빙고 상품 전달 기록
  mannam decode IMAGE...                            각 이미지의 코드 출력(없으면 &quot;코드 없음&quot;)
  mannam EVENT --desk | --video FILE                등록 데스크 열기(카메라 또는 동영상)
  mannam EVENT --kiosk [--video FILE]               빙고 키오스크를 전체 화면으로 열기(운영진 PIN으로 종료)
  mannam EVENT --big-screen                         프로젝터용 빙고 대형 화면 열기
  mannam --version | --help

종료 코드: 0 완료(checkin: 입장), 1 이미 체크인함, 2 거부(checkin, meet,
prize, bingo 규칙), 3 잘못된 인수, 4 행사 파일 오류, 5 입력 파일 오류, 6 출력 오류.
</translation>
    </message>
    <message>
        <source>One row per bingo meeting: who met whom.</source>
        <translation>빙고 만남 한 건당 한 행: 누가 누구를 만났는지.</translation>
    </message>
    <message>
        <source>The bingo winners in order, with their prizes.</source>
        <translation>빙고 당첨자를 순서대로, 상품 전달 기록과 함께.</translation>
    </message>
    <message>
        <source>export: choose one of --attendance, --scans, --meetings or --winners.</source>
        <translation>export: --attendance, --scans, --meetings, --winners 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Card size: 3, 4 or 5; 0 = suggested from the number registered.</source>
        <translation>카드 크기: 3, 4, 5. 0이면 등록 인원에 맞춰 추천합니다.</translation>
    </message>
    <message>
        <source>Lines (rows, columns, diagonals) needed to win.</source>
        <translation>빙고에 필요한 줄 수(가로, 세로, 대각선).</translation>
    </message>
    <message>
        <source>A free centre square (odd sizes): on or off.</source>
        <translation>가운데 무료 칸(홀수 크기): on 또는 off.</translation>
    </message>
    <message>
        <source>The keyword pool: a CSV of Korean label, English label, category.</source>
        <translation>키워드 목록: 한국어 이름, 영어 이름, 분류로 된 CSV.</translation>
    </message>
    <message>
        <source>A meeting needs both people checked in at the door: on or off.</source>
        <translation>두 사람 모두 입구에서 체크인해야 만남을 기록: on 또는 off.</translation>
    </message>
    <message>
        <source>When the kiosk takes meetings: HH:MM-HH:MM or always.</source>
        <translation>키오스크가 만남을 받는 시간: HH:MM-HH:MM 또는 always.</translation>
    </message>
    <message>
        <source>Names on the big screen: full or first.</source>
        <translation>대형 화면의 이름 표시: full(전체) 또는 first(이름만).</translation>
    </message>
    <message>
        <source>The organizer PIN that leaves kiosk mode: 4 to 12 digits.</source>
        <translation>키오스크 모드를 끝내는 운영진 PIN: 숫자 4~12자리.</translation>
    </message>
    <message>
        <source>bingo: give the event file.</source>
        <translation>bingo: 행사 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>bingo: --size takes 3, 4 or 5 (or 0 for the suggested size), not &apos;%1&apos;.</source>
        <translation>bingo: --size에는 &apos;%1&apos;이(가) 아니라 3, 4, 5(추천 크기는 0)를 쓰세요.</translation>
    </message>
    <message>
        <source>bingo: --lines takes a number of lines from 1, not &apos;%1&apos;.</source>
        <translation>bingo: --lines에는 &apos;%1&apos;이(가) 아니라 1 이상의 줄 수를 쓰세요.</translation>
    </message>
    <message>
        <source>bingo: --%1 takes on or off, not &apos;%2&apos;.</source>
        <translation>bingo: --%1에는 &apos;%2&apos;이(가) 아니라 on 또는 off를 쓰세요.</translation>
    </message>
    <message>
        <source>bingo: --kiosk-hours takes HH:MM-HH:MM (e.g. 18:30-21:00) or always, not &apos;%1&apos;.</source>
        <translation>bingo: --kiosk-hours에는 &apos;%1&apos;이(가) 아니라 HH:MM-HH:MM(예: 18:30-21:00) 또는 always를 쓰세요.</translation>
    </message>
    <message>
        <source>bingo: --kiosk-hours %1 would never be open.</source>
        <translation>bingo: --kiosk-hours %1(으)로는 키오스크가 열리지 않습니다.</translation>
    </message>
    <message>
        <source>bingo: --big-screen-names takes full or first, not &apos;%1&apos;.</source>
        <translation>bingo: --big-screen-names에는 &apos;%1&apos;이(가) 아니라 full 또는 first를 쓰세요.</translation>
    </message>
    <message>
        <source>bingo: --pin takes %1 to %2 digits (nothing else).</source>
        <translation>bingo: --pin은 숫자 %1~%2자리여야 합니다(숫자만).</translation>
    </message>
    <message>
        <source>%1: bingo not changed. %2</source>
        <translation>%1: 빙고 설정을 바꾸지 않았습니다. %2</translation>
    </message>
    <message>
        <source>Keywords loaded: %1 from %2 (%3, %4).</source>
        <translation>키워드를 불러왔습니다: %2에서 %1개 (%3, %4).</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>머리글 행 있음</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>머리글 행 없음</translation>
    </message>
    <message>
        <source>Bingo not changed: %1</source>
        <translation>빙고 설정을 바꾸지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Bingo rules saved.</source>
        <translation>빙고 규칙을 저장했습니다.</translation>
    </message>
    <message>
        <source>Kiosk PIN set (stored hashed).</source>
        <translation>키오스크 PIN을 설정했습니다(해시로 저장).</translation>
    </message>
    <message>
        <source>%1×%1</source>
        <translation>%1×%1</translation>
    </message>
    <message>
        <source>%1 (suggested for %2 registered; fixed when the first card is dealt)</source>
        <translation>%1 (등록 %2명 기준 추천, 첫 카드를 만들 때 고정)</translation>
    </message>
    <message>
        <source>%1 (a %2×%2 card has no centre)</source>
        <translation>%1 (%2×%2 카드에는 가운데 칸이 없음)</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>%1 (a %2×%2 card needs %3: not ready)</source>
        <translation>%1 (%2×%2 카드에는 %3개 필요: 준비 안 됨)</translation>
    </message>
    <message>
        <source>%1 (a %2×%2 card uses %3)</source>
        <translation>%1 (%2×%2 카드에 %3개 사용)</translation>
    </message>
    <message>
        <source>Event:            %1</source>
        <translation>행사:             %1</translation>
    </message>
    <message>
        <source>Card size:        %1</source>
        <translation>카드 크기:        %1</translation>
    </message>
    <message>
        <source>Lines to win:     %1</source>
        <translation>빙고 줄 수:       %1</translation>
    </message>
    <message>
        <source>Free centre:      %1</source>
        <translation>가운데 무료 칸:   %1</translation>
    </message>
    <message>
        <source>Needs check-in:   %1</source>
        <translation>체크인 필요:      %1</translation>
    </message>
    <message>
        <source>Kiosk hours:      %1</source>
        <translation>키오스크 시간:    %1</translation>
    </message>
    <message>
        <source>Big-screen names: %1</source>
        <translation>대형 화면 이름:   %1</translation>
    </message>
    <message>
        <source>first</source>
        <translation>이름만</translation>
    </message>
    <message>
        <source>full</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Kiosk PIN:        %1</source>
        <translation>키오스크 PIN:     %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>설정됨</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>설정 안 됨</translation>
    </message>
    <message>
        <source>Keyword pool:     %1</source>
        <translation>키워드 목록:      %1</translation>
    </message>
    <message>
        <source>Cards dealt:      %1</source>
        <translation>만든 카드:        %1</translation>
    </message>
    <message>
        <source>Meetings:         %1</source>
        <translation>만남:             %1</translation>
    </message>
    <message>
        <source>Winners:          %1</source>
        <translation>당첨자:           %1</translation>
    </message>
    <message>
        <source>Kiosk name recorded with the meeting.</source>
        <translation>만남과 함께 기록할 키오스크 이름.</translation>
    </message>
    <message>
        <source>meet: give the event file and the two people&apos;s codes.</source>
        <translation>meet: 행사 파일과 두 사람의 코드를 지정하세요.</translation>
    </message>
    <message>
        <source>meet: --kiosk needs a name.</source>
        <translation>meet: --kiosk에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>거부: %1</translation>
    </message>
    <message>
        <source>Recorded: %1 ↔ %2 (%3 + %4 squares filled)</source>
        <translation>기록했습니다: %1 ↔ %2 (%3칸 + %4칸 채움)</translation>
    </message>
    <message>
        <source>  %1: %2/%3 squares filled, lines: %4, people met: %5</source>
        <translation>  %1: %2/%3칸 채움, 빙고 줄: %4, 만난 사람: %5</translation>
    </message>
    <message>
        <source>, winner #%1</source>
        <translation>, %1등 당첨</translation>
    </message>
    <message>
        <source>BINGO! %1 is winner #%2.</source>
        <translation>빙고! %1 님이 %2등입니다.</translation>
    </message>
    <message>
        <source>Note: %1 has no keyword from the pool, so meeting them fills no squares on other cards. They can pick keywords at the kiosk.</source>
        <translation>참고: %1 님의 키워드가 키워드 목록에 없어서, 이분을 만나도 다른 카드의 칸이 채워지지 않습니다. 키오스크에서 키워드를 고를 수 있습니다.</translation>
    </message>
    <message>
        <source>Who handed the prize over (desk or person).</source>
        <translation>상품을 전달한 곳(데스크 또는 사람).</translation>
    </message>
    <message>
        <source>prize: give the event file and the winner&apos;s code.</source>
        <translation>prize: 행사 파일과 당첨자의 코드를 지정하세요.</translation>
    </message>
    <message>
        <source>prize: --by needs a name.</source>
        <translation>prize: --by에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Prize handed over: %1 (winner #%2) at %3 by %4</source>
        <translation>상품 전달: %1 (%2등), %3, 전달: %4</translation>
    </message>
</context>
<context>
    <name>mannam::Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed (it starts here).</source>
        <translation>%1행: 따옴표로 시작한 필드가 닫히지 않았습니다(이 행에서 시작됨).</translation>
    </message>
    <message>
        <source>Line %1: there is text after the closing quote of a field. A quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>%1행: 필드를 닫는 따옴표 뒤에 텍스트가 있습니다. 따옴표로 묶은 필드 안의 따옴표는 두 번 써야 합니다(&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: a field that does not start with a quote contains one. Put the whole field in quotes and double the quote inside it (&quot;&quot;).</source>
        <translation>%1행: 따옴표로 시작하지 않는 필드 안에 따옴표가 있습니다. 필드 전체를 따옴표로 묶고 그 안의 따옴표는 두 번 쓰세요(&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: the file contains a NUL character; it is probably not a CSV text file.</source>
        <translation>%1행: 파일에 NUL 문자가 있습니다. CSV 텍스트 파일이 아닌 것 같습니다.</translation>
    </message>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>CSV 파일이 쓰기용으로 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>CSV 파일을 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The file is UTF-16 text (Excel&apos;s &quot;Unicode text&quot;), which cannot be imported. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>이 파일은 UTF-16 텍스트(Excel의 &quot;유니코드 텍스트&quot;)라서 가져올 수 없습니다. &quot;CSV UTF-8&quot;로 저장한 다음 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor CP949 (EUC-KR) text; byte 0x%2 at byte offset %3 cannot be read. Save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>%1행: 파일이 UTF-8 텍스트도, CP949(EUC-KR) 텍스트도 아닙니다. 바이트 오프셋 %3의 바이트 0x%2을(를) 읽을 수 없습니다. &quot;CSV UTF-8&quot;로 저장한 다음 다시 가져오세요.</translation>
    </message>
    <message>
        <source>CP949 (EUC-KR) text cannot be read on this system. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>이 시스템에서는 CP949(EUC-KR) 텍스트를 읽을 수 없습니다. 파일을 &quot;CSV UTF-8&quot;로 저장한 다음 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Line %1: byte 0x%2 at byte offset %3 is not valid %4 text; the file is damaged or in another encoding.</source>
        <translation>%1행: 바이트 오프셋 %3의 바이트 0x%2은(는) 올바른 %4 텍스트가 아닙니다. 파일이 손상되었거나 다른 인코딩입니다.</translation>
    </message>
</context>
<context>
    <name>mannam::Database</name>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1이(가) 이미 있습니다. 다른 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>%1 폴더는 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>There is no event file at %1.</source>
        <translation>%1에 행사 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Mannam event file.</source>
        <translation>%1은(는) Mannam 행사 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Mannam (file format %2; this version reads up to %3). Update Mannam to open it.</source>
        <translation>%1은(는) 더 새로운 버전의 Mannam에서 저장한 파일입니다(파일 형식 %2, 이 버전은 %3까지 읽을 수 있음). 이 파일을 열려면 Mannam을 업데이트하세요.</translation>
    </message>
    <message>
        <source>%1 is read-only (or its folder is), so check-ins could not be saved. Copy the event file to a folder you can write to.</source>
        <translation>%1(또는 그 폴더)이(가) 읽기 전용이라 체크인을 저장하지 못했습니다. 쓰기 가능한 폴더로 행사 파일을 복사하세요.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>%1이(가) 손상되었습니다(%2). 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>%1 uses an older file format and must be upgraded, which needs write access.</source>
        <translation>%1은(는) 이전 파일 형식이라 업그레이드해야 하며, 업그레이드하려면 쓰기 권한이 필요합니다.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is damaged. Restore it from a backup.</source>
        <translation>%1이(가) 손상되었습니다. 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Close it there or try again in a moment.</source>
        <translation>다른 프로그램이 %1에 쓰는 중이라 잠겨 있습니다. 그 프로그램에서 파일을 닫거나 잠시 후 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>mannam::DemoEvent</name>
    <message>
        <source>AI Community Meetup (demo)</source>
        <translation>AI 커뮤니티 밋업 (데모)</translation>
    </message>
    <message>
        <source>Seoul, Gangnam-gu · Hall B</source>
        <translation>서울 강남구 · B홀</translation>
    </message>
    <message>
        <source>Wheelchair access: seat near the aisle</source>
        <translation>휠체어 이용: 통로 쪽 좌석 배정</translation>
    </message>
</context>
<context>
    <name>mannam::DeskWindow</name>
    <message>
        <source>No printer chosen.</source>
        <translation>프린터를 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>입장</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>퇴장</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>소리 끔</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>소리 켬</translation>
    </message>
    <message>
        <source>Search name (ㅎㄱㄷ works), last 4 phone digits, email, or type a code</source>
        <translation>이름(ㅎㄱㄷ 초성 검색 가능), 전화번호 뒤 4자리, 이메일로 검색하거나 코드 입력</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>현장 등록…</translation>
    </message>
    <message>
        <source>Print badge</source>
        <translation>배지 인쇄</translation>
    </message>
    <message>
        <source>Prints the badge of the person selected in the recent scans, or of the last person scanned.</source>
        <translation>최근 스캔 목록에서 선택한 사람 또는 마지막으로 스캔한 사람의 배지를 인쇄합니다.</translation>
    </message>
    <message>
        <source>Print badge on check-in</source>
        <translation>체크인 시 배지 인쇄</translation>
    </message>
    <message>
        <source>Undo selected</source>
        <translation>선택 항목 되돌리기</translation>
    </message>
    <message>
        <source>Camera: %1, %2×%3</source>
        <translation>카메라: %1, %2×%3</translation>
    </message>
    <message>
        <source>Video: %1</source>
        <translation>동영상: %1</translation>
    </message>
    <message>
        <source>Badge not printed: %1</source>
        <translation>배지 인쇄 실패: %1</translation>
    </message>
    <message>
        <source>Checked in %1 / %2</source>
        <translation>체크인 완료 %1 / %2</translation>
    </message>
    <message>
        <source>Inside now %1</source>
        <translation>현재 입장 인원 %1</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(등록 취소)</translation>
    </message>
    <message>
        <source>Select a check-in of a person in the list to undo it.</source>
        <translation>되돌릴 체크인을 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>Scan somebody or select them in the recent scans to print their badge.</source>
        <translation>배지를 인쇄하려면 참가자를 스캔하거나 최근 스캔 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>Badge printed for %1.</source>
        <translation>%1 님의 배지를 인쇄했습니다.</translation>
    </message>
    <message>
        <source>Bingo keywords of %1</source>
        <translation>%1 님의 빙고 키워드</translation>
    </message>
    <message>
        <source>Now: %1. Choose up to %2:</source>
        <translation>현재: %1. 최대 %2개까지 고르세요:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Bingo keywords…</source>
        <translation>빙고 키워드…</translation>
    </message>
    <message>
        <source>Sets the bingo keywords of the person selected in the recent scans, or of the last person scanned.</source>
        <translation>최근 스캔에서 선택한 사람, 또는 마지막으로 스캔한 사람의 빙고 키워드를 정합니다.</translation>
    </message>
    <message>
        <source>Scan somebody or select them in the recent scans to set their bingo keywords.</source>
        <translation>빙고 키워드를 정하려면 참가자를 스캔하거나 최근 스캔에서 선택하세요.</translation>
    </message>
    <message>
        <source>The bingo has no keyword pool yet.</source>
        <translation>빙고 키워드 목록이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Bingo keywords of %1: %2</source>
        <translation>%1 님의 빙고 키워드: %2</translation>
    </message>
    <message>
        <source>Keywords not saved: %1</source>
        <translation>키워드를 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>mannam::EventExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>mannam::KeywordFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The header names no label column. Columns: Korean label, English label, category (e.g. ko,en,category or 한국어,영어,분류).</source>
        <translation>머리글 행에 키워드 이름 열이 없습니다. 열: 한국어 이름, 영어 이름, 분류 (예: ko,en,category 또는 한국어,영어,분류).</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3.</source>
        <translation>%1행의 필드는 %2개인데 머리글 행은 %3개입니다.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields; a keyword file has up to three: Korean label, English label, category.</source>
        <translation>%1행의 필드가 %2개입니다. 키워드 파일의 필드는 최대 세 개(한국어 이름, 영어 이름, 분류)입니다.</translation>
    </message>
    <message>
        <source>Line %1: a keyword needs a Korean or an English label.</source>
        <translation>%1행: 키워드에는 한국어나 영어 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Line %1: the keyword “%2” is already on line %3.</source>
        <translation>%1행: 키워드 “%2”은(는) 이미 %3행에 있습니다.</translation>
    </message>
    <message>
        <source>The file holds no keywords.</source>
        <translation>파일에 키워드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::KioskWindow</name>
    <message>
        <source>Same person twice</source>
        <translation>같은 사람입니다</translation>
    </message>
    <message>
        <source>You two have already met</source>
        <translation>두 분은 이미 만났어요</translation>
    </message>
    <message>
        <source>Please check in at the door first</source>
        <translation>먼저 입구에서 체크인해 주세요</translation>
    </message>
    <message>
        <source>Registration cancelled</source>
        <translation>취소된 등록입니다</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>등록되지 않은 배지입니다</translation>
    </message>
    <message>
        <source>The badge was not read correctly</source>
        <translation>배지를 제대로 읽지 못했습니다</translation>
    </message>
    <message>
        <source>Badge of another event</source>
        <translation>다른 행사의 배지입니다</translation>
    </message>
    <message>
        <source>The bingo is closed now</source>
        <translation>지금은 빙고 시간이 아닙니다</translation>
    </message>
    <message>
        <source>The bingo is not ready yet</source>
        <translation>빙고가 아직 준비되지 않았습니다</translation>
    </message>
    <message>
        <source>This scan does not count</source>
        <translation>이 스캔은 인정되지 않습니다</translation>
    </message>
    <message>
        <source>Networking Bingo Kiosk</source>
        <translation>네트워킹 빙고 키오스크</translation>
    </message>
    <message>
        <source>Networking Bingo</source>
        <translation>네트워킹 빙고</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>배지를 스캔하세요</translation>
    </message>
    <message>
        <source>Just met someone? Scan both of your badges here, one after the other.</source>
        <translation>방금 누군가와 만났나요? 두 사람의 배지를 차례로 스캔하세요.</translation>
    </message>
    <message>
        <source>One of you scans a badge</source>
        <translation>한 사람이 배지를 스캔하고</translation>
    </message>
    <message>
        <source>The other one scans theirs</source>
        <translation>다른 사람도 자기 배지를 스캔하면</translation>
    </message>
    <message>
        <source>Both bingo cards fill with each other&apos;s keywords</source>
        <translation>서로의 키워드로 두 빙고 카드가 채워집니다</translation>
    </message>
    <message>
        <source>Now scan the badge of the person you met</source>
        <translation>이제 만난 분의 배지를 스캔하세요</translation>
    </message>
    <message>
        <source>Your keywords fill the bingo cards of the people you meet.</source>
        <translation>내 키워드가 만나는 사람들의 빙고 카드를 채웁니다.</translation>
    </message>
    <message>
        <source>Nothing was recorded. The screen resets in a moment.</source>
        <translation>기록되지 않았습니다. 화면은 곧 처음으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않았습니다</translation>
    </message>
    <message>
        <source>This scan was NOT recorded. Please ask an organizer for help.</source>
        <translation>이 스캔은 기록되지 않았습니다. 운영진에게 도움을 요청하세요.</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>운영진</translation>
    </message>
    <message>
        <source>%1, choose up to 3 keywords about you</source>
        <translation>%1님, 나를 나타내는 키워드를 3개까지 고르세요</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>BINGO!</source>
        <translation>빙고!</translation>
    </message>
    <message>
        <source>%1: collect your prize at the desk!</source>
        <translation>%1님, 데스크에서 상품을 받아 가세요!</translation>
    </message>
    <message>
        <source>Nice to meet you! Your cards are filled in.</source>
        <translation>반가워요! 카드가 채워졌어요.</translation>
    </message>
    <message>
        <source>That is your own badge. Now scan the badge of the person you met.</source>
        <translation>본인의 배지입니다. 이제 만난 분의 배지를 스캔하세요.</translation>
    </message>
    <message>
        <source>Please choose the keywords first, then scan the next badge.</source>
        <translation>먼저 키워드를 고른 다음 배지를 스캔하세요.</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>관리자 PIN</translation>
    </message>
    <message>
        <source>Type the PIN or scan the PIN QR code.</source>
        <translation>PIN을 입력하거나 PIN QR 코드를 스캔하세요.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN이 틀렸습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>No organizer PIN is set for this event. Set one in the bingo settings.</source>
        <translation>이 행사에는 관리자 PIN이 없습니다. 빙고 설정에서 PIN을 정하세요.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN이 여러 번 틀렸습니다. %1초 후에 다시 입력하세요.</translation>
    </message>
    <message>
        <source>People met: %1 · Bingo! (winner #%2)</source>
        <translation>만난 사람 %1명 · 빙고! (%2등)</translation>
    </message>
    <message>
        <source>People met: %1 · Lines: %2 of %3</source>
        <translation>만난 사람 %1명 · 빙고 줄 %2/%3</translation>
    </message>
    <message>
        <source>New squares: %1</source>
        <translation>새로 채운 칸 %1개</translation>
    </message>
</context>
<context>
    <name>mannam::MainWindow</name>
    <message>
        <source>Mannam</source>
        <translation>Mannam</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Event…</source>
        <translation>행사 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Event</source>
        <translation>데모 행사 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>모드(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>Registration &amp;Desk</source>
        <translation>등록 데스크(&amp;D)</translation>
    </message>
    <message>
        <source>Desk &amp;Name…</source>
        <translation>데스크 이름(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Mannam</source>
        <translation>Mannam 정보(&amp;A)</translation>
    </message>
    <message>
        <source>No event open</source>
        <translation>열린 행사 없음</translation>
    </message>
    <message>
        <source>Open an event file (File → Open) or the demo event.</source>
        <translation>행사 파일을 열거나(파일 → 행사 열기) 데모 행사를 여세요.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>체크인 완료</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>현재 입장 인원</translation>
    </message>
    <message>
        <source>Recent scans</source>
        <translation>최근 스캔</translation>
    </message>
    <message>
        <source>Cannot open the event</source>
        <translation>행사를 열 수 없습니다</translation>
    </message>
    <message>
        <source>%1 — Mannam</source>
        <translation>%1 — Mannam</translation>
    </message>
    <message>
        <source>Open an event file first.</source>
        <translation>먼저 행사 파일을 여세요.</translation>
    </message>
    <message>
        <source>Desk Name</source>
        <translation>데스크 이름</translation>
    </message>
    <message>
        <source>The name of this desk, shown in check-in records (e.g. Desk 2):</source>
        <translation>체크인 기록에 표시할 이 데스크의 이름(예: 데스크 2):</translation>
    </message>
    <message>
        <source>Reopen the desk to use the new name.</source>
        <translation>새 이름을 쓰려면 데스크를 다시 여세요.</translation>
    </message>
    <message>
        <source>Open Event</source>
        <translation>행사 열기</translation>
    </message>
    <message>
        <source>Mannam events (*.mannam);;All files (*)</source>
        <translation>Mannam 행사 (*.mannam);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot create the demo event</source>
        <translation>데모 행사를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>About Mannam</source>
        <translation>Mannam 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mannam %1&lt;/h3&gt;&lt;p&gt;Check-in and networking bingo for community meetups.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mannam %1&lt;/h3&gt;&lt;p&gt;커뮤니티 밋업을 위한 체크인 및 네트워킹 빙고 앱입니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bingo &amp;Kiosk</source>
        <translation>빙고 키오스크(&amp;K)</translation>
    </message>
    <message>
        <source>Bingo &amp;Big Screen</source>
        <translation>빙고 대형 화면(&amp;B)</translation>
    </message>
    <message>
        <source>Cannot start the kiosk</source>
        <translation>키오스크를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>키오스크 PIN</translation>
    </message>
    <message>
        <source>Choose the organizer PIN that leaves kiosk mode (%1 to %2 digits):</source>
        <translation>키오스크 모드를 끝낼 운영진 PIN을 정하세요(숫자 %1~%2자리):</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN은 숫자 %1~%2자리여야 합니다.</translation>
    </message>
    <message>
        <source>Type the PIN again:</source>
        <translation>PIN을 한 번 더 입력하세요:</translation>
    </message>
    <message>
        <source>The two PINs differ. Please try again.</source>
        <translation>두 PIN이 다릅니다. 다시 입력해 주세요.</translation>
    </message>
    <message>
        <source>Bingo meetings</source>
        <translation>빙고 만남</translation>
    </message>
    <message>
        <source>Bingo winners</source>
        <translation>빙고 당첨자</translation>
    </message>
</context>
<context>
    <name>mannam::RecentScansTable</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>데스크</translation>
    </message>
</context>
<context>
    <name>mannam::ResultPanel</name>
    <message>
        <source>Ready to scan</source>
        <translation>스캔 준비 완료</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera, scan it, or search by name.</source>
        <translation>QR 코드를 카메라에 비추거나 스캐너로 스캔하거나 이름으로 검색하세요.</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>이미 체크인함</translation>
    </message>
    <message>
        <source>at %1 at %2</source>
        <translation>%1, %2에서</translation>
    </message>
    <message>
        <source>Already left</source>
        <translation>이미 퇴장함</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <source>Nobody was checked in. Fix the problem, then scan again.</source>
        <translation>아무도 체크인되지 않았습니다. 문제를 해결한 다음 다시 스캔하세요.</translation>
    </message>
</context>
<context>
    <name>mannam::Storage</name>
    <message>
        <source>The event file is busy: another program is writing to it. Try again.</source>
        <translation>다른 프로그램이 행사 파일에 쓰고 있어 사용할 수 없습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The event file cannot be written (read-only file or folder).</source>
        <translation>행사 파일에 쓸 수 없습니다(읽기 전용 파일 또는 폴더).</translation>
    </message>
    <message>
        <source>The event file is damaged.</source>
        <translation>행사 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation>디스크가 가득 찼습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Storage error: %1</source>
        <translation>저장소 오류: %1</translation>
    </message>
</context>
<context>
    <name>mannam::VideoFileSource</name>
    <message>
        <source>The video file “%1” does not exist or cannot be read.</source>
        <translation>동영상 파일 “%1”이(가) 없거나 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a video this computer can play (%2).</source>
        <translation>“%1”은(는) 이 컴퓨터에서 재생할 수 없는 동영상입니다(%2).</translation>
    </message>
    <message>
        <source>The video “%1” cannot be opened (%2).</source>
        <translation>동영상 “%1”을(를) 열 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>The video “%1” stopped with an error (%2).</source>
        <translation>동영상 “%1”이(가) 오류로 멈췄습니다(%2).</translation>
    </message>
</context>
<context>
    <name>mannam::WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>현장 등록</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Add and check in</source>
        <translation>추가하고 체크인</translation>
    </message>
</context>
<context>
    <name>mannam::WedgeScanner</name>
    <message>
        <source>Scanner input off</source>
        <translation>스캐너 입력 꺼짐</translation>
    </message>
    <message>
        <source>Scanner ready</source>
        <translation>스캐너 준비됨</translation>
    </message>
    <message>
        <source>Window not focused — click here to scan</source>
        <translation>창이 선택되지 않음 — 스캔하려면 여기를 클릭하세요</translation>
    </message>
</context>
</TS>
