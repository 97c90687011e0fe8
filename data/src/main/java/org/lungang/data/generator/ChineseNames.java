package org.lungang.data.generator;

import java.util.SplittableRandom;

/** Plausible Chinese names for people and places, drawn from fixed lists (synthetic: no real person is meant). */
final class ChineseNames {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红燕鹏辉建国文斌海波宁云凤晶雪梅琳倩颖婷"
            + "志宏春林飞浩宇欣怡子涵思雨佳慧俊峰晓东小红金龙德胜嘉丽新民永庆荣";
    private static final String PLACE_FIRST = "柯卡勐湾温鸡珠更翁漭石新安兴龙凤白青黄河平永长太双三和清高德福仁义";
    private static final String PLACE_SECOND = "街斯统甸泉飞坝戛堵田水桥场溪岭口山林阳家庙坪湖沟寺铺岗台塘营";

    private ChineseNames() {
    }

    static String person(SplittableRandom random) {
        StringBuilder name = new StringBuilder().append(pick(SURNAMES, random)).append(pick(GIVEN, random));
        if (random.nextDouble() < 0.7) {
            name.append(pick(GIVEN, random));
        }
        return name.toString();
    }

    /** Two characters, the stem of a township or village name. */
    static String place(SplittableRandom random) {
        return "" + pick(PLACE_FIRST, random) + pick(PLACE_SECOND, random);
    }

    private static char pick(String characters, SplittableRandom random) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}
