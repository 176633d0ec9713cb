<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test data: Korean for the big screen's headings, so the tests and the
     screenshots see both languages whatever resources/translations holds. -->
<TS version="2.1" language="ko_KR" sourcelanguage="en">
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
</context>
</TS>
