<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test data: Korean for the kiosk's sentences (and a few of the bingo's
     reasons), so the tests and the screenshots see both languages whatever
     resources/translations holds. -->
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>mannam::KioskWindow</name>
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
    <message>
        <source>Organizer PIN</source>
        <translation>관리자 PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
        <source>Networking Bingo</source>
        <translation>네트워킹 빙고</translation>
    </message>
    <message>
        <source>Networking Bingo Kiosk</source>
        <translation>네트워킹 빙고 키오스크</translation>
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
</context>
<context>
    <name>mannam::BingoService</name>
    <message>
        <source>This code is not registered for this event.</source>
        <translation>이 행사에 등록되지 않은 코드입니다.</translation>
    </message>
    <message>
        <source>You two already met at %1.</source>
        <translation>두 분은 %1에 이미 만났습니다.</translation>
    </message>
    <message>
        <source>%1 has not checked in at the door yet.</source>
        <translation>%1님은 아직 입구에서 체크인하지 않았습니다.</translation>
    </message>
</context>
</TS>
