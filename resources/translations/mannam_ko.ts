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
    <message>
        <source>Event file (.mannam), or a shared event&apos;s address (postgresql://USER@HOST:PORT/DB).</source>
        <translation>행사 파일(.mannam) 또는 공유 행사의 주소(postgresql://USER@HOST:PORT/DB).</translation>
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
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Line 1 has %1 columns; a registration export has at most %2. Is this the right file?</source>
        <translation>1행에 열이 %1개 있습니다. 등록 내보내기 파일의 열은 최대 %2개입니다. 올바른 파일인가요?</translation>
    </message>
    <message>
        <source>the %1 is %2 characters long; at most %3 are read</source>
        <translation>%1 값이 %2자로 너무 깁니다(최대 %3자까지 읽음)</translation>
    </message>
    <message>
        <source>code %1 is the badge code of %2, not a ticket code</source>
        <translation>코드 %1은(는) %2 님의 배지 코드이며 티켓 코드가 아닙니다</translation>
    </message>
</context>
<context>
    <name>mannam::AttendeeTableModel</name>
    <message>
        <source>Cancelled</source>
        <translation>등록 취소</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>First checked in %1 at %2</source>
        <translation>%1, %2에서 처음 체크인했습니다</translation>
    </message>
    <message>
        <source>May share contact details with the people they met after the event</source>
        <translation>행사 후 만난 사람들과 연락처를 공유해도 됨</translation>
    </message>
    <message>
        <source>Desk staff must read the notes when this person arrives</source>
        <translation>이 참가자가 도착하면 데스크 담당자가 메모를 꼭 확인해야 함</translation>
    </message>
    <message>
        <source>First admission, local time</source>
        <translation>첫 입장 시각(이 컴퓨터 시간 기준)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
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
        <source>Ticket type</source>
        <translation>티켓 종류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>체크인</translation>
    </message>
    <message>
        <source>Consent</source>
        <comment>may share contact details</comment>
        <translation>동의</translation>
    </message>
    <message>
        <source>Attention</source>
        <comment>desk must read the notes</comment>
        <translation>주의</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>티켓 코드</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>키워드</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>이름은 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1”은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1”은(는) 전화번호가 아닙니다.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>이 열은 편집할 수 없습니다.</translation>
    </message>
    <message>
        <source>This person is no longer in the event file.</source>
        <translation>이 참가자는 더 이상 행사 파일에 없습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::AttendeesPage</name>
    <message>
        <source>Attendees</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Search name (initial consonants work), email, phone, affiliation or code</source>
        <translation>이름(초성 검색 가능), 이메일, 전화번호, 소속, 코드로 검색</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>등록 취소</translation>
    </message>
    <message>
        <source>Checked in or not</source>
        <translation>체크인 여부 전체</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>체크인 완료</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>체크인 안 함</translation>
    </message>
    <message>
        <source>All ticket types</source>
        <translation>모든 티켓 종류</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>등록 취소</translation>
    </message>
    <message>
        <source>Restore registration</source>
        <translation>등록 복원</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>배지 인쇄…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>선택 항목 내보내기…</translation>
    </message>
    <message>
        <source>Could not read the attendees</source>
        <translation>참가자 목록을 읽지 못했습니다</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%2명 중 %1명 표시</translation>
    </message>
    <message>
        <source>%1 checked in</source>
        <translation>체크인 %1명</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>취소 %1명</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1명 선택됨</translation>
    </message>
    <message>
        <source>Cancel the registration of %1?</source>
        <translation>%1 님의 등록을 취소할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the registration of %n people?</source>
        <translation>
            <numerusform>%n명의 등록을 취소할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already checked in; their check-ins stay in the log.</source>
        <translation>
            <numerusform>그중 %n명은 이미 체크인했으며, 체크인 기록은 그대로 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their tickets will no longer admit them.</source>
        <translation>취소하면 해당 티켓으로 더 이상 입장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Restore the registration of %1?</source>
        <translation>%1 님의 등록을 복원할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Restore the registration of %n people?</source>
        <translation>
            <numerusform>%n명의 등록을 복원할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add attendee…</source>
        <translation>참가자 추가…</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>추가하지 못했습니다</translation>
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
    <name>mannam::BadgeSheet</name>
    <message>
        <source>Badges can only be drawn by a graphical application.</source>
        <translation>배지는 그래픽 화면이 있는 앱에서만 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>There is nobody to make badges for.</source>
        <translation>배지를 만들 참가자가 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no badge code.</source>
        <translation>%1 님은 배지 코드가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot make the badge QR code of %1: %2</source>
        <translation>%1 님의 배지 QR 코드를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Badges · %1</source>
        <translation>배지 · %1</translation>
    </message>
    <message>
        <source>Cancelled; %1 was not written.</source>
        <translation>취소했습니다. %1 파일은 저장되지 않았습니다.</translation>
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
    <name>mannam::BingoProgressChart</name>
    <message>
        <source>Bingo progress: cards by squares filled</source>
        <translation>빙고 진행 상황: 채운 칸 수별 카드</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>No bingo yet</source>
        <translation>아직 빙고 아님</translation>
    </message>
    <message>
        <source>Bingo</source>
        <translation>빙고</translation>
    </message>
    <message>
        <source>No cards dealt yet</source>
        <translation>아직 만든 카드가 없음</translation>
    </message>
    <message>
        <source>Squares filled (of %1) · %2 cards, %3 with a bingo · lines to win: %4</source>
        <translation>채운 칸 수(전체 %1칸) · 카드 %2장, 빙고 %3장 · 빙고 줄 수: %4</translation>
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
    <name>mannam::ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG로 저장…</translation>
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
        <source>One row per bingo meeting: who met whom.</source>
        <translation>빙고 만남 한 건당 한 행: 누가 누구를 만났는지.</translation>
    </message>
    <message>
        <source>The bingo winners in order, with their prizes.</source>
        <translation>빙고 당첨자를 순서대로, 상품 전달 기록과 함께.</translation>
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
    <message>
        <source>People who met, one row per pair who both consented to share their contact details.</source>
        <translation>만난 사람들: 두 사람 모두 연락처 공유에 동의한 쌍마다 한 행.</translation>
    </message>
    <message>
        <source>export: choose one of --attendance, --scans, --meetings, --winners or --contacts.</source>
        <translation>export: --attendance, --scans, --meetings, --winners, --contacts 중 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>publish: give the event file and the server address.</source>
        <translation>publish: 행사 파일과 서버 주소를 지정하세요.</translation>
    </message>
    <message>
        <source>pull: give the server address and the new event file.</source>
        <translation>pull: 서버 주소와 새 행사 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>Published to %1: %2 attendees, %3 scans, %4 meetings.</source>
        <translation>%1에 게시했습니다: 참가자 %2명, 스캔 %3건, 만남 %4건.</translation>
    </message>
    <message>
        <source>Pulled into %1: %2 attendees, %3 scans, %4 meetings.</source>
        <translation>%1(으)로 가져왔습니다: 참가자 %2명, 스캔 %3건, 만남 %4건.</translation>
    </message>
    <message>
        <source>Conflict: %1 admitted offline at %2 at %3; the server had them already (%4).</source>
        <translation>충돌: %1 님이 오프라인 상태에서 %3에 %2에서 입장 처리되었지만, 서버에는 이미 기록이 있었습니다(%4).</translation>
    </message>
    <message>
        <source>Usage:
  mannam [EVENT]                                    open the app on an event file
  mannam --demo                                     open the app on the demo event
  mannam new EVENT --name NAME [--venue V] [--starts ISO] [--ends ISO] [--desk NAME]...
  mannam import EVENT CSV [--encoding auto|utf-8|cp949] [--map COLUMN=FIELD]... [--dry-run]
  mannam export EVENT (--attendance|--scans|--meetings|--winners|--contacts) OUT.csv
                                                    --contacts: one row per meeting of two people
                                                    who both consented to share their contacts
  mannam tickets EVENT --out DIR
  mannam checkin EVENT CODE... | - [--desk NAME] [--exit] [--wait SECONDS]
  mannam stats EVENT [--json]
  mannam bingo EVENT [--size 0|3|4|5] [--lines N] [--free-centre on|off] [--keywords FILE.csv]
               [--needs-checkin on|off] [--kiosk-hours HH:MM-HH:MM|always]
               [--big-screen-names full|first] [--pin DIGITS]
                                                    set the networking bingo (no options: show it)
  mannam meet EVENT CODE_A CODE_B [--kiosk NAME]    record that two people met (bingo)
  mannam prize EVENT CODE [--by NAME]               record a bingo prize handed over
  mannam decode IMAGE...                            print the code in each image (or &quot;no code&quot;)
  mannam publish EVENT postgresql://USER@HOST[:PORT]/DB   copy an event file to an empty database
                                                    on a server, for several desks to share
  mannam pull postgresql://USER@HOST[:PORT]/DB EVENT      take a local copy of a shared event
  (EVENT may be a postgresql:// address wherever an event file is read or written;
  the password comes from the address, PGPASSWORD or ~/.pgpass and is never printed)
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
  mannam export EVENT (--attendance|--scans|--meetings|--winners|--contacts) OUT.csv
                                                    --contacts: 두 사람 모두 연락처 공유에 동의한
                                                    만남 한 건당 한 행
  mannam tickets EVENT --out DIR
  mannam checkin EVENT CODE... | - [--desk NAME] [--exit] [--wait SECONDS]
  mannam stats EVENT [--json]
  mannam bingo EVENT [--size 0|3|4|5] [--lines N] [--free-centre on|off] [--keywords FILE.csv]
               [--needs-checkin on|off] [--kiosk-hours HH:MM-HH:MM|always]
               [--big-screen-names full|first] [--pin DIGITS]
                                                    네트워킹 빙고 설정(옵션 없이: 현재 설정 보기)
  mannam meet EVENT CODE_A CODE_B [--kiosk NAME]    두 사람의 만남 기록(빙고)
  mannam prize EVENT CODE [--by NAME]               빙고 상품 전달 기록
  mannam decode IMAGE...                            각 이미지의 코드 출력(없으면 &quot;코드 없음&quot;)
  mannam publish EVENT postgresql://USER@HOST[:PORT]/DB   행사 파일을 서버의 빈 데이터베이스로 복사
                                                    (여러 데스크가 함께 쓰도록)
  mannam pull postgresql://USER@HOST[:PORT]/DB EVENT      공유 행사의 로컬 사본 만들기
  (행사 파일을 읽거나 쓰는 곳에는 postgresql:// 주소도 쓸 수 있습니다.
  비밀번호는 주소, PGPASSWORD, ~/.pgpass에서 가져오며 절대 출력되지 않습니다)
  mannam EVENT --desk | --video FILE                등록 데스크 열기(카메라 또는 동영상)
  mannam EVENT --kiosk [--video FILE]               빙고 키오스크를 전체 화면으로 열기(운영진 PIN으로 종료)
  mannam EVENT --big-screen                         프로젝터용 빙고 대형 화면 열기
  mannam --version | --help

종료 코드: 0 완료(checkin: 입장), 1 이미 체크인함, 2 거부(checkin, meet,
prize, bingo 규칙), 3 잘못된 인수, 4 행사 파일 오류, 5 입력 파일 오류, 6 출력 오류.
</translation>
    </message>
    <message>
        <source>Seconds to wait for another desk&apos;s write on an event file before giving up (default 3).</source>
        <translation>행사 파일에서 다른 데스크의 쓰기를 기다릴 시간(초, 기본 3)입니다. 지나면 포기합니다.</translation>
    </message>
    <message>
        <source>checkin: --wait takes a number of seconds from 0 to 600.</source>
        <translation>checkin: --wait에는 0부터 600까지의 초를 지정하세요.</translation>
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
    <name>mannam::DashboardPage</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>차트를 PNG로 저장</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Prize given</source>
        <translation>상품 전달</translation>
    </message>
    <message>
        <source>Record that %1 (winner no. %2) received the prize now?</source>
        <translation>%1 님(%2등)이 지금 상품을 받은 것으로 기록할까요?</translation>
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
        <source>No-shows</source>
        <translation>불참</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>현재 입장 인원</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>만남</translation>
    </message>
    <message>
        <source>Bingo winners</source>
        <translation>빙고 당첨자</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>시간대별 입장</translation>
    </message>
    <message>
        <source>Arrivals per 5 minutes</source>
        <translation>5분당 입장</translation>
    </message>
    <message>
        <source>Checked in (total)</source>
        <translation>체크인 완료(누적)</translation>
    </message>
    <message>
        <source>Meetings over time</source>
        <translation>시간대별 만남</translation>
    </message>
    <message>
        <source>Meetings per 5 minutes</source>
        <translation>5분당 만남</translation>
    </message>
    <message>
        <source>Meetings (total)</source>
        <translation>만남(누적)</translation>
    </message>
    <message>
        <source>Prize given…</source>
        <translation>상품 전달…</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>만난 사람</translation>
    </message>
    <message>
        <source>Most connected</source>
        <translation>가장 많이 만난 사람</translation>
    </message>
    <message>
        <source>Bingo winners (%1)</source>
        <translation>빙고 당첨자 (%1명)</translation>
    </message>
    <message>
        <source>Cannot read the event file: %1</source>
        <translation>행사 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>취소 %1명</translation>
    </message>
    <message>
        <source>%1% of registered</source>
        <translation>등록 인원의 %1%</translation>
    </message>
    <message>
        <source>registered, not checked in</source>
        <translation>등록했지만 체크인하지 않음</translation>
    </message>
    <message>
        <source>%1 left again</source>
        <translation>퇴장 %1명</translation>
    </message>
    <message>
        <source>%1% of checked in met someone</source>
        <translation>체크인한 사람 중 %1%가 누군가를 만남</translation>
    </message>
    <message>
        <source>%1 prizes to hand over</source>
        <translation>전달할 상품 %1개</translation>
    </message>
    <message>
        <source>%1 already collected the prize at %2 (%3).</source>
        <translation>%1 님은 이미 %2에 상품을 받았습니다 (%3).</translation>
    </message>
    <message>
        <source>Prize already given</source>
        <translation>이미 상품을 전달함</translation>
    </message>
    <message>
        <source>Prize for %1 recorded at %2.</source>
        <translation>%1 님의 상품 전달을 %2에 기록했습니다.</translation>
    </message>
    <message>
        <source>Prize not recorded</source>
        <translation>상품 전달을 기록하지 못했습니다</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>차트를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
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
    <message>
        <source>The database %1 already holds a Mannam event. Open it, or create an empty database for the new event.</source>
        <translation>데이터베이스 %1에는 이미 Mannam 행사가 있습니다. 그 행사를 열거나, 새 행사용 빈 데이터베이스를 만드세요.</translation>
    </message>
    <message>
        <source>The database %1 holds no Mannam event. Publish one to it first (mannam publish EVENT.mannam %2).</source>
        <translation>데이터베이스 %1에 Mannam 행사가 없습니다. 먼저 행사를 게시하세요(mannam publish EVENT.mannam %2).</translation>
    </message>
    <message>
        <source>The shared event %1 was written by a newer version of Mannam (format %2; this version reads up to %3). Update Mannam to open it.</source>
        <translation>공유 행사 %1은(는) 더 새로운 Mannam 버전으로 기록되었습니다(형식 %2, 이 버전은 %3까지 읽음). 열려면 Mannam을 업데이트하세요.</translation>
    </message>
    <message>
        <source>The shared event %1 uses an older format (%2). Pull it into a file, and publish that file to a new database.</source>
        <translation>공유 행사 %1은(는) 이전 형식(%2)입니다. 파일로 가져온(pull) 뒤 그 파일을 새 데이터베이스에 게시하세요.</translation>
    </message>
    <message>
        <source>Cannot reach the server of %1: %2</source>
        <translation>%1의 서버에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The server refused user %1: the password is wrong or missing.</source>
        <translation>서버가 사용자 %1을(를) 거부했습니다: 비밀번호가 틀렸거나 없습니다.</translation>
    </message>
    <message>
        <source>There is no database %1 on %2 (or no user %3). Create it first, then publish the event to it.</source>
        <translation>%2에 데이터베이스 %1이(가) 없습니다(또는 사용자 %3이(가) 없습니다). 먼저 만든 뒤 행사를 게시하세요.</translation>
    </message>
    <message>
        <source>A shared event is copied with mannam pull, not as a snapshot.</source>
        <translation>공유 행사는 스냅숏이 아니라 mannam pull로 복사합니다.</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot be opened. Free some space and try again.</source>
        <translation>디스크가 가득 찼습니다: %1을(를) 열 수 없습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 is in a read-only folder and was not closed cleanly. Copy it together with its -wal file to a folder you can write to.</source>
        <translation>%1은(는) 읽기 전용 폴더에 있고 정상적으로 닫히지 않았습니다. -wal 파일과 함께 쓰기 가능한 폴더로 복사하세요.</translation>
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
    <name>mannam::DeskListEditor</name>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Desk %1 has no name.</source>
        <translation>%1번 데스크에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>The desk name “%1” appears twice.</source>
        <translation>데스크 이름 “%1”이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <source>Desk %1</source>
        <translation>데스크 %1</translation>
    </message>
</context>
<context>
    <name>mannam::DeskSession</name>
    <message>
        <source>Walk-ins need the server, which cannot be reached: note the person&apos;s name and register them when the desk is back online.</source>
        <translation>현장 등록은 서버가 필요한데 서버에 연결할 수 없습니다: 이름을 적어 두었다가 데스크가 다시 연결되면 등록하세요.</translation>
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
    <message numerus="yes">
        <source>The server cannot be reached: this desk works on its own copy of the event and keeps admitting. %n scan(s) will be sent when the server is back.</source>
        <translation>
            <numerusform>서버에 연결할 수 없습니다: 이 데스크는 행사 사본으로 계속 입장 처리합니다. 서버가 돌아오면 스캔 %n건을 보냅니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online: %n scan(s) made offline sent to the server.</source>
        <translation>
            <numerusform>다시 연결됨: 오프라인 중 스캔 %n건을 서버로 보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back online: %n scan(s) sent. Admitted at another desk meanwhile (kept as conflicts for the organizer): %1</source>
        <translation>
            <numerusform>다시 연결됨: 스캔 %n건을 보냈습니다. 그사이 다른 데스크에서 입장한 사람(주최자용 충돌 기록으로 보관): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mannam::EventExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>내보내기를 취소했습니다. %1 파일은 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::EventSetupDialog</name>
    <message>
        <source>Event Setup</source>
        <translation>행사 설정</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>키오스크</translation>
    </message>
    <message>
        <source>Bingo</source>
        <translation>빙고</translation>
    </message>
    <message>
        <source>Required, e.g. PyCon Korea Sprint 2026</source>
        <translation>필수, 예: PyCon Korea Sprint 2026</translation>
    </message>
    <message>
        <source>e.g. Seoul Startup Hub, 3rd floor</source>
        <translation>예: 서울창업허브 3층</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>행사 이름</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Local time of this computer.</source>
        <translation>이 컴퓨터의 시간 기준입니다.</translation>
    </message>
    <message>
        <source>Registration desks</source>
        <translation>등록 데스크</translation>
    </message>
    <message>
        <source>Each registration computer picks its desk name when it starts.</source>
        <translation>등록용 컴퓨터마다 시작할 때 데스크 이름을 고릅니다.</translation>
    </message>
    <message>
        <source>This computer is “%1”. Each registration computer picks its desk name when it starts.</source>
        <translation>이 컴퓨터는 “%1”입니다. 등록용 컴퓨터마다 시작할 때 데스크 이름을 고릅니다.</translation>
    </message>
    <message>
        <source>Event file: %1</source>
        <translation>행사 파일: %1</translation>
    </message>
    <message>
        <source>Print PIN Card…</source>
        <translation>PIN 카드 인쇄…</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>운영진 PIN</translation>
    </message>
    <message>
        <source>The PIN leaves kiosk mode: typed on the kiosk&apos;s keypad, or scanned from the printed PIN card. Only a hash of it is stored in the event file.</source>
        <translation>PIN으로 키오스크 모드를 끝냅니다. 키오스크의 키패드로 입력하거나 인쇄한 PIN 카드를 스캔하세요. 행사 파일에는 PIN의 해시만 저장됩니다.</translation>
    </message>
    <message>
        <source>%1×%1</source>
        <translation>%1×%1</translation>
    </message>
    <message>
        <source>Free centre square (3×3 and 5×5)</source>
        <translation>가운데 무료 칸(3×3, 5×5)</translation>
    </message>
    <message>
        <source>A meeting needs both people checked in</source>
        <translation>두 사람 모두 체크인해야 만남으로 기록</translation>
    </message>
    <message>
        <source>Open all the time</source>
        <translation>항상 운영</translation>
    </message>
    <message>
        <source>Open from</source>
        <translation>운영 시간</translation>
    </message>
    <message>
        <source>Big screen shows first names only</source>
        <translation>대형 화면에 성을 빼고 이름만 표시</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>카드 크기</translation>
    </message>
    <message>
        <source>Lines to win</source>
        <translation>빙고 줄 수</translation>
    </message>
    <message>
        <source>Kiosk hours</source>
        <translation>키오스크 운영 시간</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>선택 항목 삭제</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>프리셋</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n keywords)</source>
        <translation>
            <numerusform>%1 (키워드 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>From a CSV File…</source>
        <translation>CSV 파일에서…</translation>
    </message>
    <message>
        <source>From Another Event…</source>
        <translation>다른 행사에서…</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>키워드</translation>
    </message>
    <message>
        <source>Cannot read the event</source>
        <translation>행사를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>Meetings are already recorded (%1), so the card size, the free centre and the keywords can no longer change. Lines to win, the check-in rule, the kiosk hours and the big screen still can.</source>
        <translation>이미 만남이 기록되어(%1건) 카드 크기, 가운데 무료 칸, 키워드는 더 이상 바꿀 수 없습니다. 빙고 줄 수, 체크인 규칙, 키오스크 운영 시간, 대형 화면 설정은 바꿀 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic: %1×%1 for %n registered</source>
        <translation>
            <numerusform>자동: 등록 %n명 기준 %1×%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested from the number registered (up to 30: 3×3, up to 100: 4×4, more: 5×5). It follows the registrations until the first card is dealt at the kiosk; then every card keeps that size.</source>
        <translation>등록 인원에 따라 추천합니다(30명까지 3×3, 100명까지 4×4, 그 이상 5×5). 키오스크에서 첫 카드를 만들 때까지는 등록 인원에 맞춰 바뀌고, 그 뒤로는 모든 카드가 그 크기를 유지합니다.</translation>
    </message>
    <message>
        <source>No keywords yet; a %1×%1 card needs %2. Pick a preset, import a list or add rows.</source>
        <translation>아직 키워드가 없습니다. %1×%1 카드에는 키워드가 %2개 필요합니다. 프리셋을 고르거나, 목록을 가져오거나, 행을 추가하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n keywords; a %1×%1 card needs %2. Add %3 more or choose a smaller card.</source>
        <translation>
            <numerusform>키워드 %n개: %1×%1 카드에는 %2개가 필요합니다. %3개를 더 추가하거나 더 작은 카드를 고르세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keywords; a %1×%1 card needs %2.</source>
        <translation>
            <numerusform>키워드 %n개: %1×%1 카드에는 %2개가 필요합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic size: fixed when the first card is dealt.</source>
        <translation>자동 크기: 첫 카드를 만들 때 고정됩니다.</translation>
    </message>
    <message>
        <source>Meetings count whenever the kiosk runs.</source>
        <translation>키오스크가 실행 중이면 언제든 만남이 기록됩니다.</translation>
    </message>
    <message>
        <source>Opening and closing at the same time is not possible.</source>
        <translation>여는 시각과 닫는 시각이 같을 수 없습니다.</translation>
    </message>
    <message>
        <source>Runs past midnight: closes the next day at %1.</source>
        <translation>자정을 넘겨 운영합니다. 다음 날 %1에 닫습니다.</translation>
    </message>
    <message>
        <source>Meetings outside these hours are refused at the kiosk.</source>
        <translation>이 시간 외의 만남은 키오스크에서 받지 않습니다.</translation>
    </message>
    <message>
        <source>A PIN is set.</source>
        <translation>PIN이 설정되어 있습니다.</translation>
    </message>
    <message>
        <source>No PIN yet — the kiosk cannot start without one.</source>
        <translation>아직 PIN이 없습니다 — PIN이 없으면 키오스크를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>PIN 변경…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>PIN 설정…</translation>
    </message>
    <message>
        <source>A PIN card can be printed right after setting or changing the PIN here: the PIN itself is not stored.</source>
        <translation>PIN 카드는 여기서 PIN을 설정하거나 변경한 직후에만 인쇄할 수 있습니다. PIN 자체는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>The new PIN is saved. Print its card now: once this window closes, the PIN is no longer known.</source>
        <translation>새 PIN을 저장했습니다. 지금 PIN 카드를 인쇄하세요. 이 창을 닫으면 PIN을 다시 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>PIN not changed</source>
        <translation>PIN을 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN은 숫자 %1~%2자리여야 합니다.</translation>
    </message>
    <message>
        <source>No PIN card</source>
        <translation>PIN 카드 없음</translation>
    </message>
    <message>
        <source>Only a hash of the PIN is stored, so a card can only be printed right after setting the PIN. Change the PIN to print a card.</source>
        <translation>PIN은 해시로만 저장되므로 PIN 카드는 PIN을 설정한 직후에만 인쇄할 수 있습니다. 카드를 인쇄하려면 PIN을 변경하세요.</translation>
    </message>
    <message>
        <source>Save PIN Card</source>
        <translation>PIN 카드 저장</translation>
    </message>
    <message>
        <source>PIN card.pdf</source>
        <translation>PIN 카드.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>PIN card not saved</source>
        <translation>PIN 카드를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Replace the keywords in the table (%1) with the %2 keywords from %3?</source>
        <translation>표의 키워드 %1개를 %3의 키워드 %2개로 바꿀까요?</translation>
    </message>
    <message>
        <source>the preset “%1”</source>
        <translation>프리셋 “%1”</translation>
    </message>
    <message>
        <source>Import Keywords</source>
        <translation>키워드 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Keywords not imported</source>
        <translation>키워드를 가져오지 못했습니다</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Import Keywords from Another Event</source>
        <translation>다른 행사에서 키워드 가져오기</translation>
    </message>
    <message>
        <source>Mannam events (*.mannam)</source>
        <translation>Mannam 행사 (*.mannam)</translation>
    </message>
    <message>
        <source>“%1” has no bingo keywords.</source>
        <translation>“%1”에는 빙고 키워드가 없습니다.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Nothing saved</source>
        <translation>저장하지 않았습니다</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>행사 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>행사 종료 시각은 시작 시각보다 늦어야 합니다.</translation>
    </message>
    <message>
        <source>Bingo cards were already dealt at the kiosk (%1). They will be dealt again with the new settings and keywords; nobody has met yet, so nothing else is lost. Save?</source>
        <translation>키오스크에서 이미 빙고 카드를 만들었습니다(%1장). 새 설정과 키워드로 카드를 다시 만듭니다. 아직 만남이 없으므로 그 밖에 잃는 것은 없습니다. 저장할까요?</translation>
    </message>
</context>
<context>
    <name>mannam::EventSnapshots</name>
    <message>
        <source>the copy could not be written to the disk</source>
        <translation>복사본을 디스크에 쓰지 못했습니다</translation>
    </message>
    <message>
        <source>Cannot create the backups folder %1.</source>
        <translation>백업 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write a snapshot into %1: %2</source>
        <translation>%1에 스냅샷을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write a snapshot into %1: the disk did not take it.</source>
        <translation>%1에 스냅샷을 쓸 수 없습니다: 디스크에 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot name the snapshot in %1.</source>
        <translation>%1에서 스냅샷 파일 이름을 정할 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no snapshot at %1.</source>
        <translation>%1에 스냅샷이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is the snapshot itself; choose another file.</source>
        <translation>%1은(는) 스냅샷 파일 자체입니다. 다른 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is not a file; nothing was restored.</source>
        <translation>%1은(는) 파일이 아닙니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 already exists and was not replaced.</source>
        <translation>%1이(가) 이미 있어 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Cannot copy the snapshot to %1: %2. Nothing was restored.</source>
        <translation>스냅샷을 %1에 복사할 수 없습니다: %2. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be restored: it is damaged or not a Mannam event file (%2). %3 was not changed.</source>
        <translation>스냅샷 %1을(를) 복원할 수 없습니다. 손상되었거나 Mannam 행사 파일이 아닙니다(%2). %3은(는) 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot remove %1 (is the event still open somewhere?). Nothing was restored.</source>
        <translation>%1을(를) 삭제할 수 없습니다(다른 곳에서 행사가 아직 열려 있나요?). 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2. Nothing was restored.</source>
        <translation>%1을(를) 바꿀 수 없습니다: %2. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>No snapshot of %1 was taken: %2</source>
        <translation>%1의 스냅샷을 만들지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>mannam::ExportActions</name>
    <message>
        <source>&amp;Attendance…</source>
        <translation>참석 현황(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Scan Log…</source>
        <translation>스캔 기록(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>만남 기록(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Winners…</source>
        <translation>당첨자(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Contacts (consenting pairs)…</source>
        <translation>연락처(서로 동의한 쌍)(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Tickets (QR PNGs + PDF + mail-merge CSV)…</source>
        <translation>티켓(QR PNG + PDF + 메일 머지 CSV)(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Badge Sheet (PDF)…</source>
        <translation>배지 시트(PDF)(&amp;B)…</translation>
    </message>
    <message>
        <source>Who met whom, only for pairs in which both people agreed to share their contact details.</source>
        <translation>누가 누구를 만났는지 내보냅니다. 두 사람 모두 연락처 공유에 동의한 경우만 포함합니다.</translation>
    </message>
    <message>
        <source>%1 is the event file itself; choose another name.</source>
        <translation>%1은(는) 행사 파일 자체입니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%1에 %Ln행을 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Attendance</source>
        <translation>참석 현황 내보내기</translation>
    </message>
    <message>
        <source>Export Scan Log</source>
        <translation>스캔 기록 내보내기</translation>
    </message>
    <message>
        <source>Export Meetings</source>
        <translation>만남 기록 내보내기</translation>
    </message>
    <message>
        <source>Export Winners</source>
        <translation>당첨자 내보내기</translation>
    </message>
    <message>
        <source>Export Contacts of Consenting Pairs</source>
        <translation>서로 동의한 쌍의 연락처 내보내기</translation>
    </message>
    <message>
        <source>Export Selected Attendees</source>
        <translation>선택한 참가자 내보내기</translation>
    </message>
    <message>
        <source>Export Tickets</source>
        <translation>티켓 내보내기</translation>
    </message>
    <message>
        <source>Nobody is registered (or everyone cancelled): there are no tickets to write.</source>
        <translation>등록된 사람이 없어(또는 모두 취소하여) 만들 티켓이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln ticket(s) to %1: a QR image each, %2 and %3.</source>
        <translation>
            <numerusform>%1에 티켓 %Ln장을 저장했습니다: 사람마다 QR 이미지 하나, %2, %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln cancelled registration(s).</source>
        <translation>
            <numerusform>취소된 등록 %Ln건을 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge Sheet</source>
        <translation>배지 시트</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln badge(s) on %1 page(s) to %2.</source>
        <translation>
            <numerusform>%2에 배지 %Ln개(%1쪽)를 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %1…
%Ln row(s) so far</source>
        <translation>
            <numerusform>%1 저장 중…
지금까지 %Ln행</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing badges into %1…
%2 of %3</source>
        <translation>%1에 배지를 그리는 중…
%3개 중 %2개</translation>
    </message>
    <message>
        <source>Writing tickets into %1…
%2 of %3</source>
        <translation>%1에 티켓을 저장하는 중…
%3장 중 %2장</translation>
    </message>
</context>
<context>
    <name>mannam::FieldLabels</name>
    <message>
        <source>Ignore this column</source>
        <translation>이 열 무시</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>이름(성 제외)</translation>
    </message>
    <message>
        <source>Last name (family name)</source>
        <translation>성</translation>
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
        <source>Ticket type</source>
        <translation>티켓 종류</translation>
    </message>
    <message>
        <source>Registration ID (platform)</source>
        <translation>등록 ID(플랫폼)</translation>
    </message>
    <message>
        <source>Ticket code (admits at the door)</source>
        <translation>티켓 코드(입구에서 입장용)</translation>
    </message>
    <message>
        <source>Status (registered / cancelled)</source>
        <translation>상태(등록 / 취소)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Attention flag</source>
        <translation>주의 표시</translation>
    </message>
    <message>
        <source>Bingo keywords</source>
        <translation>빙고 키워드</translation>
    </message>
    <message>
        <source>Consent to share contact details</source>
        <translation>연락처 공유 동의</translation>
    </message>
</context>
<context>
    <name>mannam::ImportColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Each column of the file goes to one attendee field. The guesses come from the column names; change any that are wrong, or ignore a column.</source>
        <translation>파일의 각 열은 참가자 정보 항목 하나로 들어갑니다. 열 이름을 보고 추측한 것이니 틀린 것은 바꾸거나 열을 무시하세요.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>가져올 항목</translation>
    </message>
    <message>
        <source>No column gives the attendees&apos; names. Choose &quot;Name&quot; for the column with the full name, or &quot;First name&quot; and &quot;Last name&quot; for the two parts.</source>
        <translation>참가자 이름이 들어 있는 열이 없습니다. 전체 이름이 있는 열에는 &quot;이름&quot;을, 이름과 성이 나뉘어 있으면 각각 &quot;이름(성 제외)&quot;와 &quot;성&quot;을 고르세요.</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(%1번째 열, 이름 없음)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
</context>
<context>
    <name>mannam::ImportDraft</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>%1에 파일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose the CSV file inside it.</source>
        <translation>%1은(는) 폴더입니다. 그 안의 CSV 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is %2 MB. Registration exports are much smaller (the limit is %3 MB): is it the right file?</source>
        <translation>%1의 크기는 %2MB입니다. 등록 명단 파일은 이보다 훨씬 작습니다(제한: %3MB). 올바른 파일인가요?</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>This is a spreadsheet workbook, not a CSV file. Save it as CSV first (in Excel: File → Save As → CSV UTF-8).</source>
        <translation>이 파일은 CSV 파일이 아니라 스프레드시트 통합 문서입니다. 먼저 CSV로 저장하세요(Excel: 파일 → 다른 이름으로 저장 → CSV UTF-8).</translation>
    </message>
    <message>
        <source>This file is neither UTF-8 nor CP949 text: is it a CSV file? %1</source>
        <translation>이 파일은 UTF-8 텍스트도, CP949 텍스트도 아닙니다. CSV 파일이 맞나요? %1</translation>
    </message>
    <message>
        <source>The file is not %1 text: %2 Try another encoding.</source>
        <translation>이 파일은 %1 텍스트가 아닙니다: %2 다른 인코딩을 선택해 보세요.</translation>
    </message>
    <message>
        <source>This file cannot be read as a CSV table. %1</source>
        <translation>이 파일을 CSV 표로 읽을 수 없습니다. %1</translation>
    </message>
    <message>
        <source>The file has column names but no attendees.</source>
        <translation>파일에 열 이름만 있고 참가자가 없습니다.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
</context>
<context>
    <name>mannam::ImportDryRunPage</name>
    <message>
        <source>Lines to look at (skipped first; lines simply added are not listed):</source>
        <translation>확인할 행(건너뛴 행이 먼저 나오며, 그냥 추가되는 행은 표시하지 않음):</translation>
    </message>
    <message>
        <source>Warnings (imported, but worth a look):</source>
        <translation>경고(가져오기는 하지만 확인해 볼 만한 항목):</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>What the import will do. Nothing has been written yet; people already in the event are updated, never duplicated, and their check-ins are never touched.</source>
        <translation>가져오기를 하면 이렇게 바뀝니다. 아직 아무것도 저장하지 않았습니다. 이미 행사에 있는 사람은 중복으로 추가되지 않고 업데이트되며, 체크인 기록은 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Checking every row against the people already in the event…</source>
        <translation>모든 행을 행사에 이미 있는 사람들과 비교하는 중…</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing will be written.</source>
        <translation>이 파일은 가져올 수 없습니다. 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Click Import to bring these changes into the event.</source>
        <translation>가져오기를 누르면 이 변경 내용이 행사에 반영됩니다.</translation>
    </message>
    <message>
        <source>Nothing to import: everybody in the file is already in the event as it is.</source>
        <translation>가져올 내용이 없습니다. 파일의 모든 사람이 이미 같은 내용으로 행사에 있습니다.</translation>
    </message>
    <message>
        <source>to add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1건</translation>
    </message>
</context>
<context>
    <name>mannam::ImportFilePage</name>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Registration export</source>
        <translation>등록 명단 파일</translation>
    </message>
    <message>
        <source>Choose the CSV file from Festa, Event-us, Onoffmix, Luma, Eventbrite or Google Forms, or drop it here. Check that the names below read correctly.</source>
        <translation>Festa, 이벤터스, 온오프믹스, Luma, Eventbrite, Google 설문지에서 내보낸 CSV 파일을 선택하거나 여기에 끌어다 놓으세요. 아래 이름이 제대로 보이는지 확인하세요.</translation>
    </message>
    <message>
        <source>Path of the CSV file</source>
        <translation>CSV 파일 경로</translation>
    </message>
    <message>
        <source>CP949 (Korean Windows, EUC-KR)</source>
        <translation>CP949 (한국어 Windows, EUC-KR)</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>파일의 행 번호</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <source>Automatic (%1 detected)</source>
        <translation>자동 (%1 감지됨)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>아직 파일을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Rows: %1 · Columns: %2 · Encoding: %3. The first rows as they will be read:</source>
        <translation>행: %1 · 열: %2 · 인코딩: %3. 처음 몇 행을 읽으면 다음과 같습니다:</translation>
    </message>
</context>
<context>
    <name>mannam::ImportJob</name>
    <message>
        <source>The import stopped: %1</source>
        <translation>가져오기가 중단되었습니다: %1</translation>
    </message>
</context>
<context>
    <name>mannam::ImportLinesModel</name>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>이유 / 변경 내용</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뜀</translation>
    </message>
</context>
<context>
    <name>mannam::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>가져오기 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>All or nothing: a cancelled or failed import leaves the event exactly as it was.</source>
        <translation>전부 가져오거나 하나도 가져오지 않습니다. 가져오기를 취소하거나 실패하면 행사는 원래 상태 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 people written…</source>
        <translation>가져오는 중: %2명 중 %1명 저장…</translation>
    </message>
    <message>
        <source>Checking the file against the event once more…</source>
        <translation>파일을 행사와 한 번 더 비교하는 중…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was written…</source>
        <translation>취소하는 중: 저장한 내용을 되돌리는 중…</translation>
    </message>
    <message>
        <source>Imported. The people are in the event now.</source>
        <translation>가져왔습니다. 이제 참가자가 행사에 추가되었습니다.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>추가 %1명, 업데이트 %2명, 변경 없음 %3명, 건너뜀 %4명.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>가져오기에 실패했습니다.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::ImportWizard</name>
    <message>
        <source>Import attendees</source>
        <translation>참가자 가져오기</translation>
    </message>
    <message>
        <source>Registration export</source>
        <translation>등록 명단 파일</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
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
    <name>mannam::KeywordPoolCheck</name>
    <message>
        <source>Row %1 has neither a Korean nor an English label. Fill one in or remove the row.</source>
        <translation>%1행에 한국어 이름도 영어 이름도 없습니다. 하나를 입력하거나 행을 삭제하세요.</translation>
    </message>
    <message>
        <source>Row %1: the keyword “%2” is already on row %3.</source>
        <translation>%1행: 키워드 “%2”은(는) 이미 %3행에 있습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::KeywordPresets</name>
    <message>
        <source>AI / ML meetup</source>
        <translation>AI / ML 밋업</translation>
    </message>
    <message>
        <source>Developers &amp; open source</source>
        <translation>개발자·오픈소스</translation>
    </message>
    <message>
        <source>Data &amp; cloud</source>
        <translation>데이터·클라우드</translation>
    </message>
</context>
<context>
    <name>mannam::KeywordTable</name>
    <message>
        <source>Korean label</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>영어 이름</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
</context>
<context>
    <name>mannam::KeywordsChart</name>
    <message>
        <source>Keyword popularity</source>
        <translation>키워드 인기도</translation>
    </message>
    <message>
        <source>People who chose it as one of their keywords</source>
        <translation>이 키워드를 고른 사람 수</translation>
    </message>
    <message>
        <source>People who chose it</source>
        <translation>고른 사람</translation>
    </message>
</context>
<context>
    <name>mannam::KioskPinCard</name>
    <message>
        <source>Organizer PIN card</source>
        <translation>운영진 PIN 카드</translation>
    </message>
    <message>
        <source>Scan this at the bingo kiosk to leave kiosk mode.</source>
        <translation>빙고 키오스크에서 이 카드를 스캔하면 키오스크 모드가 끝납니다.</translation>
    </message>
    <message>
        <source>Keep this card away from attendees: whoever scans it can leave the kiosk.</source>
        <translation>참가자의 손이 닿지 않게 보관하세요. 이 카드를 스캔하면 누구나 키오스크 모드를 끝낼 수 있습니다.</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN은 숫자 %1~%2자리여야 합니다.</translation>
    </message>
    <message>
        <source>Kiosk PIN card · %1</source>
        <translation>키오스크 PIN 카드 · %1</translation>
    </message>
</context>
<context>
    <name>mannam::KioskPinDialog</name>
    <message>
        <source>Kiosk PIN</source>
        <translation>키오스크 PIN</translation>
    </message>
    <message>
        <source>The organizer PIN leaves kiosk mode. Choose %1 to %2 digits.</source>
        <translation>운영진 PIN으로 키오스크 모드를 끝냅니다. 숫자 %1~%2자리로 정하세요.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>새 PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>PIN 확인</translation>
    </message>
    <message>
        <source>The PIN must be %1 to %2 digits.</source>
        <translation>PIN은 숫자 %1~%2자리여야 합니다.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>두 PIN이 다릅니다.</translation>
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
        <translation>운영진 PIN</translation>
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
        <translation>이 행사에는 운영진 PIN이 없습니다. 빙고 설정에서 PIN을 정하세요.</translation>
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
    <message>
        <source>New Event</source>
        <translation>새 행사</translation>
    </message>
    <message>
        <source>Mannam events (*.mannam)</source>
        <translation>Mannam 행사 (*.mannam)</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>새 행사(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 행사 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Event</source>
        <translation>행사 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>행사(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Setup…</source>
        <translation>행사 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import Attendees…</source>
        <translation>참가자 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>백업에서 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>운영진(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>시작 페이지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>The new language is used the next time Mannam starts.</source>
        <translation>새 언어는 다음에 Mannam을 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>최근 행사 없음</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>백업 실패: %1</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>백업 저장됨: %1</translation>
    </message>
    <message>
        <source>Cannot create the event</source>
        <translation>행사를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose another name.</source>
        <translation>%1이(가) 이미 있습니다. 그 파일을 열거나 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>백업을 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>The current event could not be backed up first, so it was not replaced: %1</source>
        <translation>현재 행사를 먼저 백업하지 못해 바꾸지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Nothing to open</source>
        <translation>열 수 없습니다</translation>
    </message>
    <message>
        <source>Drop an event file (.mannam), or open an event before dropping a CSV to import.</source>
        <translation>행사 파일(.mannam)을 끌어다 놓으세요. CSV를 가져오려면 먼저 행사를 연 다음 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>Open &amp;Shared Event…</source>
        <translation>공유 행사 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>A shared event is kept on its server: back it up there, or take a copy with mannam pull.</source>
        <translation>공유 행사는 서버에 보관됩니다. 서버에서 백업하거나 mannam pull로 사본을 받으세요.</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (공유)</translation>
    </message>
    <message>
        <source>%1 — %2 — Mannam</source>
        <translation>%1 — %2 — Mannam</translation>
    </message>
</context>
<context>
    <name>mannam::NetworkChart</name>
    <message>
        <source>Meetings per attendee (checked in)</source>
        <translation>참가자별 만남 수(체크인한 참가자)</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>참가자</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Checked-in attendees</source>
        <translation>체크인한 참가자</translation>
    </message>
    <message>
        <source>People met · mean %1 · median %2 · met nobody: %3 (%4 of %5)</source>
        <translation>만난 사람 수 · 평균 %1 · 중앙값 %2 · 아무도 못 만남: %3 (%5명 중 %4명)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>mannam::OpenSharedEventDialog</name>
    <message>
        <source>Open Shared Event</source>
        <translation>공유 행사 열기</translation>
    </message>
    <message>
        <source>Connected. This is the event “%1”.</source>
        <translation>연결되었습니다. 행사 “%1”입니다.</translation>
    </message>
    <message>
        <source>A shared event lives in a PostgreSQL database that every desk and kiosk of the event connects to. Ask the organizer for its address and password.</source>
        <translation>공유 행사는 그 행사의 모든 데스크와 키오스크가 접속하는 PostgreSQL 데이터베이스에 있습니다. 주소와 비밀번호는 운영진에게 물어보세요.</translation>
    </message>
    <message>
        <source>e.g. 192.168.0.10</source>
        <translation>예: 192.168.0.10</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>포트:</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>운영진</translation>
    </message>
    <message>
        <source>Registration Desk</source>
        <translation>등록 데스크</translation>
    </message>
    <message>
        <source>Bingo Kiosk</source>
        <translation>빙고 키오스크</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>주소:</translation>
    </message>
    <message>
        <source>Paste an address, or fill in the fields below.</source>
        <translation>주소를 붙여 넣거나 아래 칸을 채우세요.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>호스트:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>사용자:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Kept only while Mannam runs, never saved. Leave it empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation>Mannam이 실행되는 동안만 기억하고 저장하지 않습니다. 비워 두면 PGPASSWORD나 ~/.pgpass를 사용합니다.</translation>
    </message>
    <message>
        <source>Open as:</source>
        <translation>열 모드:</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>연결 시험</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Enter the host name or IP address of the server.</source>
        <translation>서버의 호스트 이름이나 IP 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the name of the event&apos;s database.</source>
        <translation>행사 데이터베이스의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A database name cannot contain “/”.</source>
        <translation>데이터베이스 이름에는 “/”를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the user name for the server.</source>
        <translation>서버의 사용자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>“%1”은(는) 올바른 호스트 이름이나 IP 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
</context>
<context>
    <name>mannam::PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
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
    <name>mannam::RestoreDialog</name>
    <message>
        <source>Restore from a Snapshot</source>
        <translation>스냅샷에서 복원</translation>
    </message>
    <message>
        <source>Mannam copies this event every few minutes while it is open, and when it closes, into %1. Choose the moment to go back to.</source>
        <translation>Mannam은 이 행사가 열려 있는 동안 몇 분마다, 그리고 닫을 때 %1에 복사본을 만듭니다. 되돌아갈 시점을 선택하세요.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
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
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <comment>snapshot kind</comment>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>snapshot kind</comment>
        <translation>자동</translation>
    </message>
    <message>
        <source>There are no snapshots of this event yet.</source>
        <translation>이 행사의 스냅샷이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Open as a New Event…</source>
        <translation>새 행사로 열기…</translation>
    </message>
    <message>
        <source>Copy the snapshot to a new event file and open it; the current event stays as it is.</source>
        <translation>스냅샷을 새 행사 파일로 복사해서 엽니다. 현재 행사는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Replace the Current Event…</source>
        <translation>현재 행사 덮어쓰기…</translation>
    </message>
    <message>
        <source>Put the snapshot in place of the current event. The event as it is now is kept as a snapshot first.</source>
        <translation>현재 행사를 스냅샷으로 바꿉니다. 지금 상태의 행사는 먼저 스냅샷으로 보관됩니다.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>Open a Snapshot as a New Event</source>
        <translation>스냅샷을 새 행사로 열기</translation>
    </message>
    <message>
        <source>Mannam events (*.mannam)</source>
        <translation>Mannam 행사 (*.mannam)</translation>
    </message>
    <message>
        <source>%1 is the event that is open now. To go back to the snapshot in this file, choose &quot;Replace the Current Event&quot;.</source>
        <translation>%1은(는) 지금 열려 있는 행사입니다. 이 파일을 스냅샷 시점으로 되돌리려면 &quot;현재 행사 덮어쓰기&quot;를 선택하세요.</translation>
    </message>
    <message>
        <source>%1 is the snapshot itself; choose another name.</source>
        <translation>%1은(는) 스냅샷 파일 자체입니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the snapshot from %2?</source>
        <translation>%1이(가) 이미 있습니다. %2 스냅샷으로 바꿀까요?</translation>
    </message>
    <message>
        <source>Replace the Current Event</source>
        <translation>현재 행사 덮어쓰기</translation>
    </message>
    <message>
        <source>Replace %1 with the snapshot from %2?

Everything recorded after that moment leaves the event. The event as it is now is kept as a snapshot first, so you can come back to it.</source>
        <translation>%1을(를) %2 스냅샷으로 바꿀까요?

그 시점 이후에 기록된 내용은 모두 행사에서 사라집니다. 지금 상태의 행사는 먼저 스냅샷으로 보관되므로 다시 돌아올 수 있습니다.</translation>
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
    <name>mannam::ServerAddress</name>
    <message>
        <source>A shared event&apos;s address starts with postgresql://</source>
        <translation>공유 행사의 주소는 postgresql://로 시작합니다</translation>
    </message>
    <message>
        <source>This is not a valid server address. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>올바른 서버 주소가 아닙니다. postgresql://USER@HOST:PORT/DATABASE 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>The server address has no host name. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>서버 주소에 호스트 이름이 없습니다. postgresql://USER@HOST:PORT/DATABASE 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>The server address names no database. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>서버 주소에 데이터베이스 이름이 없습니다. postgresql://USER@HOST:PORT/DATABASE 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>The server address names no user. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>서버 주소에 사용자 이름이 없습니다. postgresql://USER@HOST:PORT/DATABASE 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>포트는 1부터 65535까지의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
</context>
<context>
    <name>mannam::SharedDeskLink</name>
    <message>
        <source>Cannot replace the local copy %1.</source>
        <translation>로컬 사본 %1을(를) 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this desk has no local copy of the event: nothing was saved.</source>
        <translation>서버에 연결할 수 없고 이 데스크에는 행사의 로컬 사본이 없습니다: 아무것도 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::SharedEventProbe</name>
    <message>
        <source>The shared event could not be opened.</source>
        <translation>공유 행사를 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::StartPage</name>
    <message>
        <source>Mannam</source>
        <translation>Mannam</translation>
    </message>
    <message>
        <source>Check-in and networking bingo for community meetups.</source>
        <translation>커뮤니티 밋업을 위한 체크인과 네트워킹 빙고</translation>
    </message>
    <message>
        <source>New Event…</source>
        <translation>새 행사…</translation>
    </message>
    <message>
        <source>Open Event…</source>
        <translation>행사 열기…</translation>
    </message>
    <message>
        <source>Try the Demo Event</source>
        <translation>데모 행사 체험하기</translation>
    </message>
    <message>
        <source>You can also drop an event file (.mannam) here.</source>
        <translation>행사 파일(.mannam)을 여기에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>최근 행사</translation>
    </message>
    <message>
        <source>Remove from This List</source>
        <translation>목록에서 제거</translation>
    </message>
    <message>
        <source>Open the selected event as:</source>
        <translation>선택한 행사 열기:</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>운영진</translation>
    </message>
    <message>
        <source>Set up the event, import attendees, watch the dashboard, export.</source>
        <translation>행사 설정, 참가자 가져오기, 대시보드 확인, 내보내기.</translation>
    </message>
    <message>
        <source>Registration Desk</source>
        <translation>등록 데스크</translation>
    </message>
    <message>
        <source>Scan tickets and admit people at the door.</source>
        <translation>입구에서 티켓을 스캔하고 입장 처리합니다.</translation>
    </message>
    <message>
        <source>Bingo Kiosk</source>
        <translation>빙고 키오스크</translation>
    </message>
    <message>
        <source>Hand this machine to attendees for networking bingo (full screen, PIN to leave).</source>
        <translation>이 컴퓨터를 참가자용 네트워킹 빙고 키오스크로 씁니다(전체 화면, 끝내려면 PIN 필요).</translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation>%1 (파일 없음)
%2</translation>
    </message>
    <message>
        <source>%1 (cannot be read)
%2</source>
        <translation>%1 (읽을 수 없음)
%2</translation>
    </message>
    <message>
        <source>No events opened on this machine yet.</source>
        <translation>이 컴퓨터에서 연 행사가 아직 없습니다.</translation>
    </message>
    <message>
        <source>Open Shared Event…</source>
        <translation>공유 행사 열기…</translation>
    </message>
    <message>
        <source>Join an event that several desks share on a PostgreSQL server.</source>
        <translation>여러 데스크가 PostgreSQL 서버에서 함께 쓰는 행사에 참여합니다.</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (공유)</translation>
    </message>
    <message>
        <source>%1 — %2 (shared)</source>
        <translation>%1 — %2 (공유)</translation>
    </message>
    <message>
        <source>A shared event on a PostgreSQL server: %1</source>
        <translation>PostgreSQL 서버의 공유 행사: %1</translation>
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
    <message>
        <source>Publish to a server address: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>서버 주소로 게시하세요: postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>Pull from a server address: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>서버 주소에서 가져오세요: postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>The event&apos;s server cannot be reached: nothing was saved there.</source>
        <translation>행사 서버에 연결할 수 없습니다: 서버에는 아무것도 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>mannam::TicketTypesChart</name>
    <message>
        <source>Checked in / registered by ticket type</source>
        <translation>티켓 종류별 체크인 / 등록</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>(no ticket type)</source>
        <translation>(티켓 종류 없음)</translation>
    </message>
    <message>
        <source>%1  %2 / %3</source>
        <comment>ticket type, checked in / registered</comment>
        <translation>%1  %2 / %3</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>체크인 완료</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>불참</translation>
    </message>
</context>
<context>
    <name>mannam::TimelineChart</name>
    <message>
        <source>Per 5 minutes</source>
        <translation>5분 단위</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>누적</translation>
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
    <message>
        <source>Add Attendee</source>
        <translation>참가자 추가</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
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
<context>
    <name>mannam::WinnersModel</name>
    <message>
        <source>Not yet</source>
        <translation>미전달</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Won at</source>
        <translation>빙고 시각</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>만난 사람</translation>
    </message>
    <message>
        <source>Prize given</source>
        <translation>상품 전달</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>prize given at (time) · by (desk)</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
</TS>
